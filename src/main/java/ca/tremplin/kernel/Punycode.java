package ca.tremplin.kernel;

import java.util.Optional;

/**
 * Punycode (RFC 3492), the ASCII spelling of an internationalised domain's label after its "xn--", read back into its
 * letters: "cole-9oa" is "école". {@link java.net.IDN#toUnicode} reads only what IDNA 2003 would write, and gives back
 * "xn--strae-oqa" as it is where IDNA 2008 (and every mail program today) reads "straße"; this reads the encoding
 * itself, as V76 reads it in SQL to give the keys already stored the same spelling.
 */
final class Punycode {

    private static final int BASE = 36;
    private static final int TMIN = 1;
    private static final int TMAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;

    private Punycode() {
    }

    /** The letters the encoded label (without its "xn--") stands for; empty when it is no valid Punycode. */
    static Optional<String> decode(String encoded) {
        int delimiter = encoded.lastIndexOf('-');
        StringBuilder output = new StringBuilder();
        for (int j = 0; j < Math.max(delimiter, 0); j++) {
            char basic = encoded.charAt(j);
            if (basic >= 0x80) {
                return Optional.empty();
            }
            output.appendCodePoint(basic);
        }
        int[] codePoints = output.codePoints().toArray();
        int length = codePoints.length;
        int[] decoded = java.util.Arrays.copyOf(codePoints, encoded.length());
        long n = INITIAL_N;
        long i = 0;
        int bias = INITIAL_BIAS;
        for (int in = delimiter > 0 ? delimiter + 1 : 0; in < encoded.length(); ) {
            long oldi = i;
            long w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= encoded.length()) {
                    return Optional.empty();
                }
                int digit = digit(encoded.charAt(in++));
                if (digit < 0) {
                    return Optional.empty();
                }
                i += digit * w;
                int t = k <= bias ? TMIN : Math.min(k - bias, TMAX);
                if (i > Integer.MAX_VALUE) {
                    return Optional.empty();
                }
                if (digit < t) {
                    break;
                }
                w *= BASE - t;
            }
            bias = adapt(i - oldi, length + 1, oldi == 0);
            n += i / (length + 1);
            i %= length + 1;
            if (n > Character.MAX_CODE_POINT || (n >= Character.MIN_SURROGATE && n <= Character.MAX_SURROGATE)) {
                return Optional.empty();
            }
            System.arraycopy(decoded, (int) i, decoded, (int) i + 1, length - (int) i);
            decoded[(int) i] = (int) n;
            length++;
            i++;
        }
        return Optional.of(new String(decoded, 0, length));
    }

    private static int adapt(long delta, int points, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((BASE - TMIN) * TMAX) / 2) {
            delta /= BASE - TMIN;
            k += BASE;
        }
        return (int) (k + (BASE - TMIN + 1) * delta / (delta + SKEW));
    }

    /** A letter's value: a to z 0 to 25, 0 to 9 26 to 35 (a label is read in lower case); -1 for any other. */
    private static int digit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 26;
        }
        return -1;
    }
}
