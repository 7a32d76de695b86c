import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The benchmark's helper, no dependencies (compiled once by bench/run.sh):
 * <ul>
 * <li>{@code gen}: pre-signs raw HTTP requests for wrk, each with its own nonce and a fresh timestamp, one file
 * per wrk thread (wrk's LuaJIT has no HMAC, and signing inside the load generator would cost the server's CPU
 * on a 2-core machine anyway);</li>
 * <li>{@code import}: imports unbound orders through the operator API, 10 000 a request;</li>
 * <li>{@code jfr}: the hottest frames of a flight recording, the gateway's own methods and libraries (inclusive);</li>
 * <li>{@code report}: the Markdown tables of docs/benchmarks.md from the run's TSV files.</li>
 * </ul>
 * The request signing is written here again from the contract (section 7), not taken from the gateway.
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "gen" -> gen(args);
            case "import" -> importOrders(args[1], args[2], args[3], Integer.parseInt(args[4]));
            case "jfr" -> jfr(Path.of(args[1]), Integer.parseInt(args[2]));
            case "report" -> Report.write(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /**
     * gen KIND OUT_PREFIX THREADS COUNT HOSTPORT APP_KEY SECRET ORDERS|TAG DEVICES: COUNT requests split over
     * THREADS files OUT_PREFIX.0, .1, … Each record is its length in bytes, a newline, the raw request.
     * get: a random order of bench-o-1..ORDERS through its device; bind: bench-b-TAG-0..COUNT-1, each once;
     * the other kinds ({@link #FAMILY}) a request of that API, its fixtures numbered from the environment's
     * BENCH_FROM (0 unless set) on, so that a run does not reuse what an earlier run used up.
     */
    static void gen(String[] args) throws Exception {
        var kind = args[1];
        var prefix = args[2];
        int threads = Integer.parseInt(args[3]);
        int count = Integer.parseInt(args[4]);
        var hostPort = args[5];
        var signer = new Signer(args[6], args[7]);
        var ordersOrTag = args[8];
        int devices = Integer.parseInt(args[9]);
        var random = new SplittableRandom();
        long from = Long.parseLong(System.getenv().getOrDefault("BENCH_FROM", "0"));
        var outs = new OutputStream[threads];
        for (int t = 0; t < threads; t++) {
            outs[t] = Files.newOutputStream(Path.of(prefix + "." + t));
        }
        long timestamp = System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            String path;
            String body;
            String extra = "";
            if (kind.equals("get")) {
                long order = 1 + random.nextLong(Long.parseLong(ordersOrTag));
                path = "/vision/customer/cloudstorage/order/get";
                body = "{\"id\":\"" + i + "\",\"version\":\"1.0\",\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{"
                        + "\"iotId\":\"bench-dev-" + (order % devices) + "\",\"orderId\":\"bench-o-" + order
                        + "\",\"deviceNoOwner\":false}}";
            }
            else if (kind.equals("bind")) {
                path = "/vision/customer/cloudstorage/bind/order";
                body = "{\"id\":\"" + i + "\",\"version\":\"1.0\",\"request\":{\"apiVer\":\"1.0.0\"},\"params\":{"
                        + "\"iotId\":\"bench-dev-" + (i % devices) + "\",\"orderId\":\"bench-b-" + ordersOrTag + "-" + i
                        + "\",\"userName\":\"bench-user\",\"userId\":\"bench-user\",\"enableDefaultPlan\":true,"
                        + "\"preRecordDuration\":5,\"recordDuration\":10,\"eventRecordProlong\":false,"
                        + "\"maxRecordFileDuration\":1800}}";
                // TLS ends in front of the gateway (as behind a load balancer); the gateway trusts loopback.
                extra = "X-Forwarded-Proto: https\r\n";
            }
            else {
                var api = FAMILY.get(kind);
                if (api == null) {
                    throw new IllegalArgumentException("unknown kind " + kind + "; known: get, bind, " + FAMILY.keySet());
                }
                path = api.path();
                body = "{\"id\":\"" + i + "\",\"version\":\"1.0\",\"request\":{\"apiVer\":\"" + api.apiVer()
                        + "\"},\"params\":{" + api.params(from + i, Long.parseLong(ordersOrTag), devices) + "}}";
                extra = api.https() ? "X-Forwarded-Proto: https\r\n" : "";
            }
            var bodyBytes = body.getBytes(StandardCharsets.UTF_8);
            var request = "POST " + path + " HTTP/1.1\r\nHost: " + hostPort + "\r\n" + extra
                    + signer.headers(path, bodyBytes, timestamp, UUID.randomUUID().toString())
                    + "Content-Length: " + bodyBytes.length + "\r\n\r\n" + body;
            var bytes = request.getBytes(StandardCharsets.UTF_8);
            var out = outs[i % threads];
            out.write((bytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
        }
        for (var out : outs) {
            out.close();
        }
    }

    /**
     * An API of the family issues, its params with placeholders for the request's fixtures: {@code $DEVICE} and
     * {@code $NEXT_DEVICE} (bench-dev-(n mod DEVICES) and the next one), {@code $ORDER} and {@code $ORDER_DEVICE}
     * (a bench order, bench-o-(1 + n mod ORDERS), and its device), {@code $QUERY_DEVICE} (bench-q-(n mod
     * QUERY_DEVICES), a device with a camera's handful of orders), {@code $N} (the request's fixture number n).
     * A write is compared with bind/order, a read with order/get.
     */
    record FamilyApi(String path, String apiVer, boolean https, boolean write, String params) {

        String params(long n, long orders, int devices) {
            long order = 1 + n % orders;
            return params.replace("$NEXT_DEVICE", "bench-dev-" + (n + 1) % devices)
                    .replace("$DEVICE", "bench-dev-" + n % devices)
                    .replace("$ORDER_DEVICE", "bench-dev-" + order % devices).replace("$ORDER", "bench-o-" + order)
                    .replace("$QUERY_DEVICE", "bench-q-" + n % QUERY_DEVICES).replace("$N", Long.toString(n));
        }
    }

    /** The devices order/query lists, bench-q-n (bench/run.sh loads them, each with a dozen orders). */
    static final int QUERY_DEVICES = 64;

    /**
     * The family APIs measured (kind: the API's id). The last five use fixtures the run loads with SQL
     * (bench/run.sh): commodity/enable and status/set take the bench orders (in effect: enabling one changes
     * nothing; the first freeze of each writes, a later one finds it frozen), transfer moves each of the orders
     * bench-t-n once to the next device, and the free plan is claimed, enabled and frozen once on each of the
     * devices bench-free-n, each with its own administrator.
     */
    static final Map<String, FamilyApi> FAMILY = Map.ofEntries(
            Map.entry("commodity-query", new FamilyApi("/vision/customer/cloudstorage/commodity/query", "1.0.4",
                    false, false, "")),
            Map.entry("commodity-check", new FamilyApi("/vision/customer/cloudstorage/commodity/check", "1.0.3",
                    false, false, "\"iotId\":\"$DEVICE\",\"commodityCode\":\"ilopLVCloudResource\","
                            + "\"specification\":\"eventResource_30\"")),
            Map.entry("order-query", new FamilyApi("/vision/customer/cloudstorage/order/query", "1.0.6", false, false,
                    "\"iotId\":\"$QUERY_DEVICE\",\"pageNo\":0,\"pageSize\":20")),
            Map.entry("freecloudstorage-get", new FamilyApi("/vision/customer/freecloudstorage/get", "1.0.1", true,
                    false, "\"iotId\":\"$DEVICE\"")),
            Map.entry("freestorage-quota-check", new FamilyApi("/vision/customer/freestorage/quota/check", "1.0.0",
                    true, false, "\"iotId\":\"$DEVICE\"")),
            Map.entry("commodity-buy", new FamilyApi("/vision/customer/cloudstorage/commodity/buy", "1.0.8", false,
                    true, "\"iotId\":\"$DEVICE\",\"userName\":\"bench-user\",\"userId\":\"bench-user\","
                            + "\"commodityCode\":\"ilopLVCloudResource\",\"specification\":\"eventResource_30\","
                            + "\"copies\":1,\"immediateUse\":false")),
            Map.entry("commodity-enable", new FamilyApi("/vision/customer/cloudstorage/commodity/enable", "1.0.0",
                    true, true, "\"iotId\":\"$ORDER_DEVICE\",\"orderId\":\"$ORDER\"")),
            Map.entry("status-set", new FamilyApi("/vision/customer/cloudstorage/status/set", "1.0.1", true, true,
                    "\"iotId\":\"$ORDER_DEVICE\",\"orderId\":\"$ORDER\",\"status\":2")),
            Map.entry("transfer", new FamilyApi("/vision/customer/cloudstorage/transfer", "1.0.1", true, true,
                    "\"srcIotId\":\"$DEVICE\",\"srcOrderId\":\"bench-t-$N\",\"dstIotId\":\"$NEXT_DEVICE\","
                            + "\"supportCrossIdentityTransfer\":true")),
            Map.entry("freecloudstorage-consume", new FamilyApi("/vision/customer/freecloudstorage/consume", "1.0.4",
                    true, true, "\"iotId\":\"bench-free-$N\"")),
            Map.entry("freecloudstorage-enable", new FamilyApi("/vision/customer/freecloudstorage/enable", "1.0.0",
                    true, true, "\"iotId\":\"bench-free-$N\"")),
            Map.entry("freecloudstorage-status-set", new FamilyApi("/vision/customer/freecloudstorage/status/set",
                    "1.0.0", true, true, "\"iotId\":\"bench-free-$N\",\"status\":2")));

    static void importOrders(String baseUrl, String token, String tag, int count) throws Exception {
        var client = HttpClient.newHttpClient();
        for (int from = 0; from < count; from += 10_000) {
            var json = new StringBuilder("[");
            for (int i = from; i < Math.min(count, from + 10_000); i++) {
                json.append(i == from ? "" : ",").append("{\"orderId\":\"bench-b-").append(tag).append('-').append(i)
                        .append("\",\"commodityCode\":\"ilopLVCloudResource\",\"specification\":\"eventResource_30\","
                                + "\"copies\":12,\"paymentStatus\":1}");
            }
            var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/orders"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.append(']').toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"errors\":[]")) {
                throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body());
            }
        }
    }

    /** The top frames (self) and the gateway's own frames (anywhere in the stack) of ExecutionSample events. */
    static void jfr(Path file, int top) throws IOException {
        var self = new HashMap<String, Integer>();
        var own = new HashMap<String, Integer>();
        var libraries = new HashMap<String, Integer>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            var frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            frames.stream().map(Bench::name).filter(name -> name.startsWith("com.livinglink")).distinct()
                    .forEach(name -> own.merge(name, 1, Integer::sum));
            frames.stream().map(frame -> library(frame.getMethod().getType().getName())).distinct()
                    .forEach(name -> libraries.merge(name, 1, Integer::sum));
        }
        System.out.println("samples\t" + samples);
        print("self", self, samples, top);
        print("own", own, samples, top);
        print("library", libraries, samples, top);
    }

    /** The first three segments of a class's package: where the time goes, by library. */
    private static String library(String className) {
        var parts = className.split("\\.");
        return String.join(".", java.util.Arrays.asList(parts).subList(0, Math.min(3, parts.length - 1)));
    }

    private static void print(String kind, Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("%s\t%.1f\t%s%n", kind, 100.0 * e.getValue() / samples, e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The platform's signature scheme (contract section 7), HmacSHA256, the X-Ca headers signed. */
    record Signer(String appKey, String secret) {

        String headers(String path, byte[] body, long timestamp, String nonce) throws Exception {
            var contentType = "application/json; charset=utf-8";
            var md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
            var stringToSign = "POST\napplication/json\n" + md5 + "\n" + contentType + "\n\n" + "x-ca-key:" + appKey
                    + "\nx-ca-nonce:" + nonce + "\nx-ca-signature-method:HmacSHA256\nx-ca-timestamp:" + timestamp + "\n"
                    + path;
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var signature = Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
            return "Accept: application/json\r\nContent-Type: " + contentType + "\r\nContent-MD5: " + md5
                    + "\r\nX-Ca-Key: " + appKey + "\r\nX-Ca-Nonce: " + nonce + "\r\nX-Ca-Timestamp: " + timestamp
                    + "\r\nX-Ca-Signature-Method: HmacSHA256"
                    + "\r\nX-Ca-Signature-Headers: x-ca-key,x-ca-nonce,x-ca-signature-method,x-ca-timestamp"
                    + "\r\nX-Ca-Signature: " + signature + "\r\n";
        }
    }

    /**
     * Turns the run's load.tsv and start.tsv into the tables of docs/benchmarks.md, between the markers
     * {@code <!-- bench:begin -->} and {@code <!-- bench:end -->}; the text around them is kept.
     */
    static final class Report {

        static final String BEGIN = "<!-- bench:begin -->";
        static final String END = "<!-- bench:end -->";

        record Load(String db, String jdk, String vt, long size, String api, int conns, double rps, double p50,
                double p99, double p999, long requests, long errors, double cpu, double otherCpu, long peakRssMb,
                String load) {

            static Load parse(String line) {
                var f = line.split("\t");
                return new Load(f[0], f[1], f[2], Long.parseLong(f[3]), f[4], Integer.parseInt(f[5]),
                        Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]),
                        Double.parseDouble(f[9]), Long.parseLong(f[10]), Long.parseLong(f[11]), Double.parseDouble(f[12]),
                        Double.parseDouble(f[13]), Long.parseLong(f[14]), f[15]);
            }

            String group() {
                return db + " / Java " + jdk + " / virtual threads " + vt;
            }

            /** The gateway's CPU time a request, in microseconds: a cost that does not depend on the load generator. */
            double cpuMicrosPerRequest() {
                return cpu * 1e6 / rps;
            }
        }

        static void write(Path dir, Path doc) throws IOException {
            var loads = Files.readAllLines(dir.resolve("load.tsv")).stream().filter(l -> !l.isBlank()).map(Load::parse)
                    .toList();
            var starts = Files.exists(dir.resolve("start.tsv")) ? Files.readAllLines(dir.resolve("start.tsv"))
                    : List.<String>of();
            var speeds = Files.exists(dir.resolve("speed.tsv")) ? Files.readAllLines(dir.resolve("speed.tsv")).stream()
                    .filter(l -> !l.isBlank()).map(Speed::parse).toList() : List.<Speed>of();
            var meta = Files.readString(dir.resolve("meta.md"));
            var md = new StringBuilder(BEGIN).append("\n").append(meta).append("\n");
            md.append(targets(loads, starts, speeds));
            md.append(speedTable(speeds));
            md.append("\n### Load\n\nLatencies in ms; `× base` is requests/s as a share of the liveness probe's at the same "
                    + "connections in the same group; CPU is the measured server's (the gateway, or WireMock in its "
                    + "group), in cores (2 = the whole machine), and per request in µs; `other CPU` is everything "
                    + "else on the machine during the run (wrk included); RSS is the server's peak during the run. "
                    + "WireMock's rows answer every request with the same canned body whatever its order.\n");
            var groups = new ArrayList<String>();
            loads.forEach(l -> {
                if (!groups.contains(l.group())) {
                    groups.add(l.group());
                }
            });
            for (var group : groups) {
                md.append("\n#### ").append(group).append("\n\n| orders | API | conns | req/s | × base | p50 | p99 | p99.9 | "
                        + "requests | errors | CPU | µs CPU a request | other CPU | peak RSS MB | load avg |\n"
                        + "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
                loads.stream().filter(l -> l.group().equals(group)).forEach(l -> {
                    var base = baseline(loads, l);
                    md.append(String.format("| %,d | %s | %d | %,.0f | %s | %.2f | %.2f | %.2f | %,d | %d | %.2f | %.0f | %.2f | %d | %s |%n",
                            l.size, l.api, l.conns, l.rps, base == null ? "" : String.format("%.0f %%", 100 * l.rps / base.rps),
                            l.p50, l.p99, l.p999, l.requests, l.errors, l.cpu, l.cpuMicrosPerRequest(), l.otherCpu,
                            l.peakRssMb, l.load));
                });
            }
            if (!starts.isEmpty()) {
                md.append("\n### Start to ready\n\nFrom process start to the first 200 of a readiness poll (every 50 ms), "
                        + "the upper median of the runs; RSS when ready.\n\n"
                        + "| application | variant | runs (ms) | median ms | × minimal app | × WireMock | RSS MB | first order/get ms |\n"
                        + "|---|---|---|---:|---:|---:|---:|---|\n");
                var minimal = median(starts, "minimal-app", "Java 17");
                var wiremock = median(starts, "wiremock", "Java 17");
                for (var key : startKeys(starts)) {
                    var runs = runs(starts, key[0], key[1]);
                    var med = median(starts, key[0], key[1]);
                    var rss = starts.stream().map(s -> s.split("\t"))
                            .filter(f -> f[0].equals(key[0]) && f[1].equals(key[1]) && f.length > 3 && !f[3].isEmpty())
                            .map(f -> f[3]).findFirst().orElse("");
                    md.append(String.format("| %s | %s | %s | %,d | %s | %s | %s | %s |%n", key[0], key[1], runs, med,
                            minimal > 0 ? String.format("%.2f", (double) med / minimal) : "",
                            wiremock > 0 ? String.format("%.2f", (double) med / wiremock) : "", rss,
                            firstRequest(starts, key[0], key[1])));
                }
            }
            md.append(END);
            var text = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            Files.writeString(doc, text.substring(0, begin) + md + text.substring(end + END.length()));
        }

        /** A row of speed.tsv: a server started fresh and loaded with order/get from the moment it was ready. */
        record Speed(String app, String variant, long readyMs, double coldRps, double coldP99, double worstP99After,
                double warmRps, double warmP99, long errors, long rssMb) {

            static Speed parse(String line) {
                var f = line.split("\t");
                return new Speed(f[0], f[1], Long.parseLong(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                        Long.parseLong(f[8]), Long.parseLong(f[9]));
            }

            boolean suite() {
                return app.equals("gateway") && variant.startsWith("suite");
            }
        }

        private static String speedTable(List<Speed> speeds) {
            if (speeds.isEmpty()) {
                return "";
            }
            var md = new StringBuilder("\n### Start to speed\n\nEach server started once and sent signed order/get at 16 "
                    + "connections from the moment it was ready: the first 30 s as one run, then runs of 10 s (a few "
                    + "seconds apart, to sign the next run's requests); `at the end` is the last of them. Latencies in "
                    + "ms; RSS at the end; `suite` is the test-suite configuration (docs/operations.md).\n\n"
                    + "| application | variant | ready ms | first 30 s req/s | p99 | worst p99 after 30 s | req/s at the end "
                    + "| p99 | errors | RSS MB |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (var s : speeds) {
                md.append(String.format("| %s | %s | %,d | %,.0f | %.2f | %.2f | %,.0f | %.2f | %d | %d |%n", s.app,
                        s.variant, s.readyMs, s.coldRps, s.coldP99, s.worstP99After, s.warmRps, s.warmP99, s.errors,
                        s.rssMb));
            }
            return md.toString();
        }

        /** The start-to-speed targets: every gateway variant against WireMock started the same way. */
        private static String speedTargets(List<Speed> speeds) {
            var md = new StringBuilder();
            var peer = speeds.stream().filter(s -> s.app.equals("wiremock")).findFirst().orElse(null);
            for (var s : speeds.stream().filter(s -> s.app.equals("gateway")).toList()) {
                if (peer != null) {
                    double cold = s.coldRps / peer.coldRps;
                    md.append(verdict("order/get in the first 30 s after ready ≥ 1.0 × WireMock's (gateway " + s.variant + ")",
                            String.format("%.2f × (%,.0f / %,.0f req/s)", cold, s.coldRps, peer.coldRps), cold));
                    double warm = s.warmRps / peer.warmRps;
                    md.append(verdict("order/get after warm-up ≥ 1.0 × WireMock's (gateway " + s.variant + ")",
                            String.format("%.2f × (%,.0f / %,.0f req/s)", warm, s.warmRps, peer.warmRps), warm));
                    if (s.suite()) {
                        double rss = (double) s.rssMb / peer.rssMb;
                        md.append(verdict("RSS after warm-up ≤ 1.5 × WireMock's (gateway " + s.variant + ")",
                                String.format("%.2f × (%,d / %,d MB)", rss, s.rssMb, peer.rssMb), 1.5 / rss));
                    }
                }
                md.append(verdict("order/get p99 < 20 ms after the first 30 s (gateway " + s.variant + ")",
                        String.format("%.2f ms", s.worstP99After), 20 / s.worstP99After));
            }
            return md.toString();
        }

        private static Load baseline(List<Load> loads, Load l) {
            return loads.stream().filter(b -> b.api.equals("baseline") && b.group().equals(l.group()) && b.size == l.size
                    && b.conns == l.conns).findFirst().orElse(null);
        }

        /** The targets of the performance issue, each a ratio measured in this run. */
        private static String targets(List<Load> loads, List<String> starts, List<Speed> speeds) {
            var md = new StringBuilder("\n### Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
            var h2 = loads.stream().filter(l -> l.db.equals("H2") && l.jdk.equals("17") && l.vt.equals("off")).toList();
            var peer = loads.stream().filter(l -> l.db.startsWith("WireMock")).toList();
            var pg = loads.stream().filter(l -> l.db.equals("PostgreSQL")).toList();
            long smallest = h2.stream().mapToLong(Load::size).min().orElse(0);
            var get = find(h2, smallest, "order/get", 16);
            var canned = peer.stream().filter(l -> l.api.equals("order/get") && l.conns == 16).findFirst().orElse(null);
            if (get != null && canned != null) {
                double ratio = get.rps / canned.rps;
                md.append(verdict(String.format("signed order/get ≥ 1.0 × WireMock's canned order/get at 16 conns (H2, %,d orders)",
                        smallest), String.format("%.2f × (%,.0f / %,.0f req/s)", ratio, get.rps, canned.rps), ratio));
            }
            if (get != null) {
                md.append(verdict(String.format("order/get p99 < 20 ms at 16 conns (H2, %,d orders)", smallest),
                        String.format("%.2f ms", get.p99), 20 / get.p99));
            }
            for (long size : pg.stream().mapToLong(Load::size).distinct().toArray()) {
                var pgGet = find(pg, size, "order/get", 16);
                var pgBase = find(pg, size, "baseline", 16);
                if (pgGet != null && pgBase != null) {
                    double ratio = pgGet.rps / pgBase.rps;
                    md.append(verdict(String.format("order/get ≥ 60 %% of baseline at 16 conns (PostgreSQL, %,d orders)", size),
                            String.format("%.0f %% (%,.0f / %,.0f req/s)", 100 * ratio, pgGet.rps, pgBase.rps), ratio / 0.60));
                }
            }
            long minimal = median(starts, "minimal-app", "Java 17");
            long gateway = median(starts, "gateway", "Java 17");
            long wiremock = median(starts, "wiremock", "Java 17");
            if (minimal > 0 && gateway > 0) {
                double ratio = (double) gateway / minimal;
                md.append(verdict("start to ready ≤ 1.0 × minimal app (Java 17)",
                        String.format("%.2f × (%,d / %,d ms)", ratio, gateway, minimal), 1 / ratio));
            }
            for (var fast : List.of("Java 25 + AOT cache", "Java 25 + AOT cache + lazy", "suite, Java 17 + CDS",
                    "suite, Java 25 + AOT cache")) {
                long fastStart = median(starts, "gateway", fast);
                if (wiremock > 0 && fastStart > 0) {
                    double ratio = (double) fastStart / wiremock;
                    md.append(verdict("start to ready, " + fast + ", ≤ 2 × WireMock's (Java 17)",
                            String.format("%.2f × (%,d / %,d ms); first order/get %s ms", ratio, fastStart, wiremock,
                                    firstRequest(starts, "gateway", fast)), 2 / ratio));
                }
            }
            md.append(speedTargets(speeds));
            var reads = find(h2, smallest, "order/get", 16);
            var writes = find(h2, smallest, "bind/order", 16);
            for (var family : h2.stream().filter(l -> l.size == smallest && l.conns == 16 && FAMILY.containsKey(l.api)).toList()) {
                var reference = FAMILY.get(family.api).write() ? writes : reads;
                if (reference != null) {
                    double ratio = family.cpuMicrosPerRequest() / reference.cpuMicrosPerRequest();
                    md.append(verdict(String.format("%s within 1.2 × %s's CPU a request (H2, 16 conns)", family.api,
                            reference.api), String.format("%.2f × (%,.0f / %,.0f µs)", ratio, family.cpuMicrosPerRequest(),
                            reference.cpuMicrosPerRequest()), 1.2 / ratio));
                }
            }
            return md.toString();
        }

        /** margin: how far the measure is on the good side (≥ 1 met); a miss says by how much. */
        private static String verdict(String target, String measured, double margin) {
            var verdict = margin >= 1 ? "met" : String.format("**missed** by %.0f %%", 100 * (1 - margin));
            return "| " + target + " | " + measured + " | " + verdict + " |\n";
        }

        private static Load find(List<Load> loads, long size, String api, int conns) {
            return loads.stream().filter(l -> l.size == size && l.api.equals(api) && l.conns == conns).findFirst()
                    .orElse(null);
        }

        private static List<String[]> startKeys(List<String> starts) {
            var keys = new ArrayList<String[]>();
            for (var line : starts) {
                var f = line.split("\t");
                if (keys.stream().noneMatch(k -> k[0].equals(f[0]) && k[1].equals(f[1]))) {
                    keys.add(new String[] {f[0], f[1]});
                }
            }
            return keys;
        }

        private static String runs(List<String> starts, String app, String variant) {
            return String.join(", ", starts.stream().map(s -> s.split("\t"))
                    .filter(f -> f[0].equals(app) && f[1].equals(variant)).map(f -> f[2]).toList());
        }

        private static String firstRequest(List<String> starts, String app, String variant) {
            return String.join(", ", starts.stream().map(s -> s.split("\t"))
                    .filter(f -> f[0].equals(app) && f[1].equals(variant) && f.length > 4).map(f -> f[4]).toList());
        }

        private static long median(List<String> starts, String app, String variant) {
            var values = starts.stream().map(s -> s.split("\t")).filter(f -> f[0].equals(app) && f[1].equals(variant))
                    .map(f -> Long.parseLong(f[2])).sorted(Comparator.naturalOrder()).toList();
            return values.isEmpty() ? 0 : values.get(values.size() / 2);
        }
    }
}
