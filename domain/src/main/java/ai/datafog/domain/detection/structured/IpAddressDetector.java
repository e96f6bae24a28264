package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.Detector;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.scan.Chars;
import ai.datafog.domain.detection.scan.ContextWords;
import ai.datafog.domain.detection.scan.ScanText;
import ai.datafog.domain.detection.validate.Ipv4;
import ai.datafog.domain.detection.validate.Ipv6;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * IPv4 dotted quads with octets 0–255 that are not part of a longer dotted number nor announced as
 * a version ("version 1.2.3.4"), and IPv6
 * addresses in full or compressed form (valid grammar, at least two colons). Heavily compressed
 * IPv6 with fewer than three groups ({@code ab::cd}) is reported with low confidence. Either may
 * follow a label and its colon ({@code addr:2001:db8::1}, {@code source:192.168.0.7}, see {@link Labels});
 * a dotted quad that ends a reported IPv6 address ({@code ::ffff:192.0.2.128}) is not reported again.
 */
public final class IpAddressDetector implements Detector {

    static final double IPV4_CONFIDENCE = 0.85;
    static final double IPV6_CONFIDENCE = 0.9;
    static final double SHORT_IPV6_CONFIDENCE = 0.5;
    private static final ContextWords VERSION_CUES = ContextWords.of("version", "ver", "v", "release", "build");
    private static final int VERSION_WINDOW = 12;

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IP_ADDRESS);
    }

    @Override
    public List<Candidate> detect(ScanText scan) {
        List<Candidate> ipv6 = new ArrayList<>();
        findIpv6(scan.text(), ipv6);
        List<Candidate> found = new ArrayList<>();
        findIpv4(scan, ipv6, found);
        found.addAll(ipv6);
        return found;
    }

    /** {@code ipv6} is in text order, so one cursor through it tells which quads lie inside an IPv6 address. */
    private static void findIpv4(ScanText scan, List<Candidate> ipv6, List<Candidate> found) {
        String text = scan.text();
        int resume = 0;
        int next6 = 0;
        for (int k = 0; k < scan.digitRuns(); k++) {
            int i = scan.runStart(k);
            while (next6 < ipv6.size() && ipv6.get(next6).end() <= i) {
                next6++;
            }
            boolean insideIpv6 = next6 < ipv6.size() && ipv6.get(next6).start() <= i;
            char before = Chars.at(text, i - 1);
            if (i >= resume && !Chars.isWordChar(before) && before != '.' && !insideIpv6) {
                int end = Ipv4.parse(text, i);
                if (end > 0 && !Chars.isWordChar(Chars.at(text, end)) && !continuesDotted(text, end)
                        && !VERSION_CUES.within(text, Math.max(0, i - VERSION_WINDOW), i)) {
                    found.add(new Candidate(EntityType.IP_ADDRESS, i, end, IPV4_CONFIDENCE));
                    resume = end;
                }
            }
        }
    }

    private static boolean continuesDotted(String text, int end) {
        return Chars.digitAt(text, end) || (Chars.at(text, end) == '.' && Chars.digitAt(text, end + 1));
    }

    private static boolean isIpv6Char(char c) {
        return Chars.isHex(c) || c == ':' || c == '.';
    }

    /**
     * Every IPv6 address has colons: each colon's run of address chars is examined once. A run that a
     * label's word runs into ({@code src:fe80::1}) is read from just after the label's colon.
     */
    private static void findIpv6(String text, List<Candidate> found) {
        int from = 0;
        for (int colon = text.indexOf(':', from); colon >= 0; colon = text.indexOf(':', from)) {
            int start = colon;
            while (start > from && isIpv6Char(text.charAt(start - 1)) && colon - start <= Ipv6.MAX_LENGTH) {
                start--;
            }
            char before = Chars.at(text, start - 1);
            boolean startsClean = !Chars.isWordChar(before) && !isIpv6Char(before);
            if (!startsClean && Labels.endsAt(text, colon)) {
                start = colon + 1;
                startsClean = true;
            }
            int runEnd = start;
            int colons = 0;
            while (runEnd < text.length() && isIpv6Char(text.charAt(runEnd))) {
                if (text.charAt(runEnd) == ':') {
                    colons++;
                }
                runEnd++;
            }
            if (startsClean && colons >= 2 && !Chars.isWordChar(Chars.at(text, runEnd))) {
                int end = trimmed(text, start, runEnd);
                int groups = Ipv6.groups(text, start, end);
                if (groups > 0) {
                    double confidence = groups < 3 ? SHORT_IPV6_CONFIDENCE : IPV6_CONFIDENCE;
                    found.add(new Candidate(EntityType.IP_ADDRESS, start, end, confidence));
                }
            }
            from = runEnd + 1;
        }
    }

    /** Drops sentence punctuation after an address: one trailing dot, or a single trailing colon. */
    private static int trimmed(String text, int from, int end) {
        if (end - from > 2 && text.charAt(end - 1) == '.') {
            end--;
        }
        if (end - from > 2 && text.charAt(end - 1) == ':' && text.charAt(end - 2) != ':') {
            end--;
        }
        return end;
    }
}
