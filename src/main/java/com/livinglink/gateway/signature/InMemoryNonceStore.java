package com.livinglink.gateway.signature;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;

/**
 * The nonce store of a single gateway instance. Only requests whose signature was verified reach it, so its
 * size is bounded by what registered apps send (and their rate limits) over the retention time.
 *
 * <p>At full load that is millions of nonces, so each is kept as a 128-bit fingerprint of app key and nonce
 * in plain {@code long} arrays: 16 bytes (32 with the tables' free space) and nothing for the garbage
 * collector to trace. A cache of strings takes about 250 bytes and several objects a nonce, all of them live
 * for 15 minutes, and the young collections that have to scan them set the gateway's p99 latency. Two
 * different nonces share a fingerprint with a probability of about 2<sup>-128</sup> a pair, and that would
 * refuse the later one (never accept a replay).
 *
 * <p>Nonces are filed by the minute they were first used in, one table a minute, and
 * a minute's table is dropped as a whole once all its nonces are older than {@link #RETENTION}: an expiry
 * costs nothing per nonce. The clock is the one timestamps are checked against (real time in the gateway,
 * see {@link SignatureVerifier}), so that a nonce is remembered for as long as its request could be accepted.
 * Locks are striped by fingerprint: the check and the insert of one nonce happen under one lock.
 */
public class InMemoryNonceStore implements NonceStore {

    private static final long MINUTE_MILLIS = 60_000;
    /** Minutes a nonce stays, rounded up: one used at the end of a minute is kept for the 15 that follow. */
    private static final int MINUTES = (int) RETENTION.toMinutes() + 1;
    private static final int STRIPES = 64;

    private final Clock clock;
    private final Stripe[] stripes = new Stripe[STRIPES];

    public InMemoryNonceStore(Clock clock) {
        this.clock = clock;
        Arrays.setAll(stripes, index -> new Stripe());
    }

    @Override
    public boolean firstUse(String appKey, String nonce) {
        var fingerprint = fingerprint(appKey, nonce);
        long high = fingerprint.getLong(0);
        long low = fingerprint.getLong(Long.BYTES);
        var stripe = stripes[(int) low & (STRIPES - 1)];
        return stripe.firstUse(high, low, Math.floorDiv(clock.millis(), MINUTE_MILLIS));
    }

    @Override
    public void clear() {
        for (var stripe : stripes) {
            stripe.clear();
        }
    }

    private static ByteBuffer fingerprint(String appKey, String nonce) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var key = appKey.getBytes(StandardCharsets.UTF_8);
            // The key's length first, so that ("ab", "c") and ("a", "bc") stay apart whatever the key holds.
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(key.length).array());
            digest.update(key);
            digest.update(nonce.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest.digest());
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }

    /** The nonces of one lock: a table per minute, in a ring indexed by the minute. */
    private static final class Stripe {

        private final FingerprintSet[] tables = new FingerprintSet[MINUTES];
        private final long[] minuteOfTable = new long[MINUTES];

        Stripe() {
            Arrays.setAll(tables, index -> new FingerprintSet());
            Arrays.fill(minuteOfTable, Long.MIN_VALUE);
        }

        synchronized void clear() {
            Arrays.setAll(tables, index -> new FingerprintSet());
            Arrays.fill(minuteOfTable, Long.MIN_VALUE);
        }

        synchronized boolean firstUse(long high, long low, long minute) {
            for (int index = 0; index < MINUTES; index++) {
                // A table of a later minute (the clock was set back) is kept: retention only ever grows.
                if (minuteOfTable[index] > minute - MINUTES && tables[index].contains(high, low)) {
                    return false;
                }
            }
            int current = (int) Math.floorMod(minute, (long) MINUTES);
            if (minuteOfTable[current] < minute) {
                tables[current] = new FingerprintSet();
                minuteOfTable[current] = minute;
            }
            tables[current].add(high, low);
            return true;
        }
    }

    /** An open-addressing set of 128-bit values, as pairs of longs; (0, 0) marks a free slot. */
    private static final class FingerprintSet {

        private static final int INITIAL_SLOTS = 16;

        private long[] pairs = new long[2 * INITIAL_SLOTS];
        private int size;

        boolean contains(long high, long low) {
            if (size == 0) {
                return false;
            }
            high = nonZero(high, low);
            int mask = pairs.length / 2 - 1;
            for (int slot = slotOf(low, mask); ; slot = (slot + 1) & mask) {
                long storedHigh = pairs[2 * slot];
                if (storedHigh == 0 && pairs[2 * slot + 1] == 0) {
                    return false;
                }
                if (storedHigh == high && pairs[2 * slot + 1] == low) {
                    return true;
                }
            }
        }

        /** Adds a value known not to be in the set. */
        void add(long high, long low) {
            if (2 * (size + 1) > pairs.length / 2) {
                grow();
            }
            insert(pairs, nonZero(high, low), low);
            size++;
        }

        private void grow() {
            var old = pairs;
            pairs = new long[2 * old.length];
            for (int slot = 0; slot < old.length; slot += 2) {
                if (old[slot] != 0 || old[slot + 1] != 0) {
                    insert(pairs, old[slot], old[slot + 1]);
                }
            }
        }

        private static void insert(long[] pairs, long high, long low) {
            int mask = pairs.length / 2 - 1;
            int slot = slotOf(low, mask);
            while (pairs[2 * slot] != 0 || pairs[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            pairs[2 * slot] = high;
            pairs[2 * slot + 1] = low;
        }

        /** The stripe was chosen by the low bits of {@code low}; the slot takes the high ones. */
        private static int slotOf(long low, int mask) {
            return (int) (low >>> 32) & mask;
        }

        /** The one value that would read as a free slot is stored as (1, 0) instead; also a 2^-128 chance. */
        private static long nonZero(long high, long low) {
            return high == 0 && low == 0 ? 1 : high;
        }
    }
}
