package com.livinglink.gateway.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Random;

/**
 * Generates hostile variants of valid inputs for property-based tests: cut, spliced, duplicated and
 * corrupted JSON, a key repeated in its object, odd values in valid positions, and raw bytes. Seeded, so a failing case can be
 * replayed from the seed the test prints.
 */
public final class Mutator {

    private static final String[] TOKENS = {"{", "}", "[", "]", ":", ",", "\"", "\\", "null", "true", "false",
            "-", "0", "1e999999", "-0.0", "12345678901234567890123456789", "\"\\u0000\"", "\"\\ud800\"", "设备",
            "😀", "\u200b", "\u0000", "\n", " ", "NaN", "Infinity", "\"apiVer\"", "\"params\"", "\"request\"",
            "\"1.0.6\"", "\"1.0.0\"", "{\"a\":", "[[[[[[[[", "]]]]]]]]"};
    private static final String[] VALUES = {"null", "true", "\"true\"", "0", "-1", "5", "\"5\"", "5.5", "\"abc\"",
            "[]", "{}", "[1,2]", "{\"x\":{}}", "1e400", "-9223372036854775809", "\"" + "x".repeat(200) + "\"",
            "\"设备😀\"", "\"\\u0001\"", "\"a b\"", "\"\"", "\"" + "9".repeat(400) + "\""};

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    public byte[] mutate(String valid) {
        return switch (random.nextInt(6)) {
            case 0 -> randomBytes();
            case 1 -> replaceValues(valid).getBytes(StandardCharsets.UTF_8);
            case 2 -> deeplyNested().getBytes(StandardCharsets.UTF_8);
            case 3 -> repeatKey(valid).getBytes(StandardCharsets.UTF_8);
            default -> spliceTokens(valid).getBytes(StandardCharsets.UTF_8);
        };
    }

    public String value() {
        return VALUES[random.nextInt(VALUES.length)];
    }

    public String text(int maxLength) {
        var text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (text.length() < length) {
            text.append(random.nextBoolean() ? (char) (0x20 + random.nextInt(0x5f)) : TOKENS[random.nextInt(TOKENS.length)]);
        }
        return text.toString();
    }

    private byte[] randomBytes() {
        var bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Every JSON value of the input is kept or, by chance, swapped for an odd one. */
    private String replaceValues(String valid) {
        var out = new StringBuilder();
        int i = 0;
        while (i < valid.length()) {
            char c = valid.charAt(i);
            if (c == ':' && random.nextInt(3) == 0) {
                int end = valueEnd(valid, i + 1);
                out.append(':').append(value());
                i = end;
            }
            else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int valueEnd(String json, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                }
                else if (c == '"') {
                    inString = false;
                }
            }
            else if (c == '"') {
                inString = true;
            }
            else if (c == '{' || c == '[') {
                depth++;
            }
            else if (c == '}' || c == ']' || c == ',') {
                if (depth == 0) {
                    return i;
                }
                if (c != ',') {
                    depth--;
                }
            }
        }
        return json.length();
    }

    /**
     * One key of the (valid) input, at any depth, written a second time in the same object, with its own
     * value or an odd one, right after the first or at the object's start.
     */
    public String repeatKey(String valid) {
        var keys = new ArrayList<int[]>();
        boolean inString = false;
        int stringStart = -1;
        var objectStarts = new ArrayDeque<Integer>();
        for (int i = 0; i < valid.length(); i++) {
            char c = valid.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                }
                else if (c == '"') {
                    inString = false;
                    if (i + 1 < valid.length() && valid.charAt(i + 1) == ':') {
                        keys.add(new int[] {stringStart, i + 1, objectStarts.isEmpty() ? 0 : objectStarts.peek()});
                    }
                }
            }
            else if (c == '"') {
                inString = true;
                stringStart = i;
            }
            else if (c == '{') {
                objectStarts.push(i);
            }
            else if (c == '}' && !objectStarts.isEmpty()) {
                objectStarts.pop();
            }
        }
        if (keys.isEmpty()) {
            return valid;
        }
        var key = keys.get(random.nextInt(keys.size()));
        int valueEnd = valueEnd(valid, key[1] + 1);
        var name = valid.substring(key[0], key[1]);
        var pair = name + ":" + (random.nextBoolean() ? valid.substring(key[1] + 1, valueEnd) : value());
        return random.nextBoolean()
                ? valid.substring(0, valueEnd) + "," + pair + valid.substring(valueEnd)
                : valid.substring(0, key[2] + 1) + pair + "," + valid.substring(key[2] + 1);
    }

    private String spliceTokens(String valid) {
        var text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(10)));
                case 1 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                default -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(20))));
            }
        }
        return text.toString();
    }

    private String deeplyNested() {
        int depth = 100 + random.nextInt(20_000);
        var open = random.nextBoolean() ? "[" : "{\"a\":";
        var close = open.equals("[") ? "]" : "}";
        return "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{\"iotId\":" + open.repeat(depth) + "1"
                + close.repeat(depth) + "}}";
    }
}
