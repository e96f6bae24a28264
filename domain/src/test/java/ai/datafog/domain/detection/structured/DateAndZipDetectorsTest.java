package ai.datafog.domain.detection.structured;

import ai.datafog.domain.detection.Marked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Dates that exist on the calendar, and ZIP codes only where an address says so")
class DateAndZipDetectorsTest {

    @Nested
    @DisplayName("DateDetector")
    class Dates {

        private final DateDetector detector = new DateDetector();

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "‹2024-03-15›", "DOB ‹03/15/1985›", "‹15/03/1985›", "‹15.03.1985›", "‹3/5/85›", "‹2024/2/29›",
                "‹March 15, 1985›", "‹Mar 15 1985›", "‹15 March 1985›", "‹15-Mar-1985›", "‹Sept. 3, 2021›",
                "‹1st January 2000›", "born ‹December 31st, 1999›.", "‹29 Feb 2000›",
                "‹5th of March 2024›", "on ‹Tuesday, March 5, 2024›", "‹Tue 5 Mar 2024›", "since ‹March 2024›",
                "seen ‹Sept 2023›", "birthday ‹July 14›.", "on ‹14 July›", "‹2024/03/05›",
        })
        void findsDates(String sample) {
            Marked marked = Marked.parse(sample);
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "2024-13-45", "2023-02-29", "13/13/2020", "31/04/2020", "1.2.24", "1.2.3", "2024-03-15T10:22:01Z",
                "2024-03-15 10:22:01", "v2024.03.15", "10.20.30.40", "March 32, 2020", "Feb 30 2021", "May 2020",
                "1999-12-31-7", "Marching 15, 1985", "2024-03", "12/2025", "15 Mar 1850",
                "march 2024", "March 1850", "June 31", "May 5", "July 14 2", "Fun day, March 32, 2020", "Mar 20245",
        })
        void ignoresImpossibleAndTimestamps(String sample) {
            assertThat(detector.detect(sample)).isEmpty();
        }
    }

    @Nested
    @DisplayName("ZipCodeDetector")
    class ZipCodes {

        private final ZipCodeDetector detector = new ZipCodeDetector();

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Springfield, IL ‹62704›", "Austin, Texas ‹78701›", "New York, NY ‹10001-1234›", "zip code: ‹90210›",
                "ZIP ‹02134›.", "Postal code ‹30301-0001›", "Washington, DC  ‹20500›",
        })
        void findsZipCodes(String sample) {
            Marked marked = Marked.parse(sample);
            assertThat(Marked.found(detector, marked.text())).containsExactlyElementsOf(marked.values());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "we shipped 12345 units", "order 62704", "ZZ 62704", "IL 627041", "zip 1234", "Texas 78701x",
                "IL 62704-12", "zip 62704.5",
        })
        void ignoresBareNumbers(String sample) {
            assertThat(detector.detect(sample)).isEmpty();
        }
    }
}
