package ai.datafog.benchmarks;

import java.util.Random;

/**
 * Deterministic benchmark texts: 1 MiB of PII-free prose, the same with about 2% of its chars in PII,
 * and the 2 KB clinical note that the HTTP benchmarks send to /v1/scan and /v1/decide.
 */
final class Corpora {

    static final int SIZE = 1 << 20;

    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or his "
            + "from at which but have an they you were her she there been one all we their has would when if so no will "
            + "can more out up who about what some my them into only its time could new than then these two may first "
            + "any like now people years well even after also many most made over such very just where know much must "
            + "way before good back through long being great old year still life own between little world down same "
            + "state under while last never might another around part something both again without day few use report "
            + "meeting quarter team project review budget customer service release update number order version").split(" ");

    private static final String[] PII = {
        "ann.lee@example.org", "(415) 555-0132", "+44 20 7946 0958", "123-45-6789", "4111 1111 1111 1111",
        "DE89 3704 0044 0532 0130 00", "AKIAIOSFODNN7EXAMPLE", "api_key=Zx81kQm2pL0sVw9", "192.168.1.10",
        "fe80::1ff:fe23:4567:890a", "March 15, 1985", "2024-03-15", "Springfield, IL 62704", "00:1A:2B:3C:4D:5E",
        "https://example.com/docs?id=7", "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    };

    static final int NOTE_SIZE = 2048;

    private static final String NOTE = "Patient note: Maria Gonzalez (DOB 04/12/1986) called from +1 415-555-0134 about "
            + "invoice 7731. Her email is maria.gonzalez@example.org and card 4111 1111 1111 1111 was charged. Follow up "
            + "with Dr. Alan Smith at Acme Health Inc in Denver. SSN on file 512-46-7791. ";

    private Corpora() {
    }

    /** The text of {@code benchmarks/decide/decide-2k.json}: the note above, repeated to 2,048 chars. */
    static String note() {
        return NOTE.repeat(NOTE_SIZE / NOTE.length() + 1).substring(0, NOTE_SIZE);
    }

    static String prose() {
        return build(new Random(7), 0.0);
    }

    /** About {@code 2%} of the chars belong to PII values. */
    static String mixed() {
        return build(new Random(11), 0.02);
    }

    private static String build(Random random, double piiShare) {
        StringBuilder out = new StringBuilder(SIZE + 64);
        long piiChars = 0;
        while (out.length() < SIZE) {
            int words = 6 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                if (piiShare > 0 && piiChars < piiShare * out.length()) {
                    String value = PII[random.nextInt(PII.length)];
                    out.append(value);
                    piiChars += value.length();
                } else {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    out.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                }
                out.append(w == words - 1 ? ". " : random.nextInt(10) == 0 ? ", " : " ");
            }
            if (random.nextInt(8) == 0) {
                out.append("Version ").append(random.nextInt(9)).append('.').append(random.nextInt(20)).append(" shipped ")
                        .append(random.nextInt(90_000) + 10_000).append(" units. ");
            }
        }
        return out.substring(0, SIZE);
    }
}
