package ai.datafog.domain.detection;

import ai.datafog.domain.detection.scan.ContextWords;

import java.util.EnumMap;
import java.util.Map;

/**
 * Cue words that make a candidate more likely ("ssn" before a number, "dob" before a date): a
 * candidate with a cue within {@link #BEFORE} chars before it or {@link #AFTER} chars after it
 * gains {@link #BOOST} confidence, capped at {@link #CAP}: context makes a finding likelier, never certain.
 */
final class ContextBoosts {

    static final int BEFORE = 40;
    static final int AFTER = 15;
    static final double BOOST = 0.1;
    static final double CAP = 0.99;

    private static final Map<EntityType, ContextWords> CUES = new EnumMap<>(EntityType.class);

    static {
        CUES.put(EntityType.SSN, ContextWords.of("ssn", "social security", "soc sec", "ss#", "taxpayer"));
        CUES.put(EntityType.CREDIT_CARD, ContextWords.of("card", "credit", "debit", "visa", "mastercard", "amex",
                "discover", "cc", "pan", "payment"));
        CUES.put(EntityType.DATE, ContextWords.of("dob", "d.o.b", "born", "birth", "birthday", "date", "expires"));
        CUES.put(EntityType.IBAN, ContextWords.of("iban", "bank", "account", "transfer", "swift", "sepa"));
        CUES.put(EntityType.ZIP_CODE, ContextWords.of("zip", "zipcode", "postal", "postcode", "address"));
        CUES.put(EntityType.PHONE, ContextWords.of("phone", "tel", "call", "mobile", "cell", "fax", "contact", "sms"));
        CUES.put(EntityType.EMAIL, ContextWords.of("email", "e-mail", "mail", "contact"));
        CUES.put(EntityType.IP_ADDRESS, ContextWords.of("ip", "host", "server", "address", "client", "gateway"));
        CUES.put(EntityType.MAC_ADDRESS, ContextWords.of("mac", "hardware", "ethernet", "wifi", "device"));
        CUES.put(EntityType.API_KEY, ContextWords.of("key", "token", "secret", "password", "credential", "bearer"));
    }

    private ContextBoosts() {
    }

    /** The candidate's confidence after its context boost, rounded to two decimals. */
    static double boosted(String text, Candidate candidate) {
        ContextWords cues = CUES.get(candidate.type());
        if (cues == null || !cues.near(text, candidate.start(), candidate.end(), BEFORE, AFTER)) {
            return candidate.confidence();
        }
        double boosted = Math.min(CAP, Math.round((candidate.confidence() + BOOST) * 100) / 100.0);
        return Math.max(boosted, candidate.confidence());
    }
}
