package com.livinglink.gateway.api;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/** An {@code apiVer} of the form {@code N.N.N}, compared numerically. */
public record ApiVersion(int major, int minor, int patch) implements Comparable<ApiVersion> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})");
    private static final Comparator<ApiVersion> ORDER = Comparator.comparingInt(ApiVersion::major)
            .thenComparingInt(ApiVersion::minor).thenComparingInt(ApiVersion::patch);

    public static Optional<ApiVersion> parse(String text) {
        var matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApiVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }

    public static ApiVersion of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an apiVer: " + text));
    }

    @Override
    public int compareTo(ApiVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
