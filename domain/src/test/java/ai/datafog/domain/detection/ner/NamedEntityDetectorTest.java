package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.Candidate;
import ai.datafog.domain.detection.EntityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class NamedEntityDetectorTest {

    private final NamedEntityDetector detector = new NamedEntityDetector();

    private List<String> found(String text) {
        return detector.detect(text).stream()
                .map(c -> c.type().wireName() + ":" + text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    @DisplayName("reports exactly person, organization and location")
    void types() {
        assertThat(detector.types()).containsExactlyInAnyOrder(
                EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a title marks the capitalised words after it as a person, without the title")
    @CsvSource(delimiter = '|', textBlock = """
            Please call Mr. Thompson tomorrow.       | person:Thompson
            Dr. Ana Ruiz will see you now.           | person:Ana Ruiz
            We thank Mrs O'Brien for her help.       | person:O'Brien
            The paper by Prof. Heinrich Vogel is out.| person:Heinrich Vogel
            Ask Ms. Keisha Brown about it.           | person:Keisha Brown
            Senator Warren spoke first.              | person:Warren
            Signed, Sir Geoffrey Hale                | person:Geoffrey Hale
            Referred by Dr. Susan Park yesterday.    | person:Susan Park
            """)
    void titles(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a known given name followed by capitalised words is a person")
    @CsvSource(delimiter = '|', textBlock = """
            The report is from Maria Gonzalez.        | person:Maria Gonzalez
            Send it to Hiroshi Tanaka today.          | person:Hiroshi Tanaka
            We hired Jean-Pierre Dubois in May.       | person:Jean-Pierre Dubois
            Maria de la Cruz filed the complaint.     | person:Maria de la Cruz
            John F. Kennedy gave the speech.          | person:John F. Kennedy
            The ticket went to Kevin O'Brien.         | person:Kevin O'Brien
            Our thanks to Priya Sharma for the fix.   | person:Priya Sharma
            Thanks, Rachel.                           | person:Rachel
            """)
    void givenNames(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("two name words after a phrase that introduces a person are a person, whatever the given name")
    @CsvSource(delimiter = '|', textBlock = """
            Patient: Oluwaseun Adeyemi, 54.            | person:Oluwaseun Adeyemi
            My name is Thandiwe Nkosi.                 | person:Thandiwe Nkosi
            Signed by Rustam Nazarov today.            | person:Rustam Nazarov
            Full name: Sione Taufa                     | person:Sione Taufa
            Employee Chen Kim starts Monday.           | person:Chen Kim
            """)
    void cuedNames(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("capitalised words ended by an organisation suffix, or an organisation noun with 'of', are an organization")
    @CsvSource(delimiter = '|', textBlock = """
            She works for Globex Corporation now.      | organization:Globex Corporation
            Initech LLC filed on time.                 | organization:Initech LLC
            Apple Inc. released a phone.               | organization:Apple Inc.
            Siemens AG announced a plant.              | organization:Siemens AG
            Hooli Holdings PLC reported a loss.        | organization:Hooli Holdings PLC
            He studied at the University of Michigan.  | organization:University of Michigan
            Bank of America froze the card.            | organization:Bank of America
            The grant came from the Gates Foundation.  | organization:Gates Foundation
            Ernst & Young LLP audited the accounts.    | organization:Ernst & Young LLP
            She interned at IBM Corp last year.        | organization:IBM Corp
            """)
    void organizations(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("gazetteer cities, countries, US states and regions are locations")
    @CsvSource(delimiter = '|', textBlock = """
            The office is in Chicago.                  | location:Chicago
            Shipping to Canada takes a week.           | location:Canada
            Customers in California have more rights.  | location:California
            Offices in New York close early.           | location:New York
            Flights to São Paulo were delayed.         | location:São Paulo
            He grew up in Scandinavia.                 | location:Scandinavia
            """)
    void gazetteerLocations(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    @DisplayName("a preposition before a place raises its confidence")
    void contextRaisesLocationConfidence() {
        double bare = detector.detect("Denver is sunny.").get(0).confidence();
        double after = detector.detect("She works in Denver.").get(0).confidence();
        double lives = detector.detect("She lives in Denver.").get(0).confidence();

        assertThat(after).isGreaterThan(bare);
        assertThat(lives).isGreaterThan(after);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("an unknown capitalised name is a location only when its context says so")
    @CsvSource(delimiter = '|', textBlock = """
            He lives in Maplewood.                     | location:Maplewood
            We are headquartered in Westbrook.         | location:Westbrook
            The hike starts outside Boulder, Colorado. | location:Boulder,location:Colorado
            The clinic moved to Elm Street.            | location:Elm Street
            She lives at 221B Baker Street.            | location:221B Baker Street
            Ship to Anytown, CA 90210.                 | location:Anytown,location:CA
            """)
    void contextualLocations(String text, String expected) {
        assertThat(found(text)).containsExactly(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("capitalised look-alikes are not entities")
    @ValueSource(strings = {
        "The Company will announce results on Monday.",
        "In March we shipped version 2.4.",
        "Meeting moved from Tuesday to Friday in August.",
        "However, Nothing Changed After The Update.",
        "Yesterday Something Strange happened.",
        "ACME ROCKET is our best-selling product.",
        "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG",
        "Call getUserName() on the HttpClient instance.",
        "Set MAX_RETRIES and Maria_Gonzalez in config.",
        "Import java.util.London before use.",
        "Mail maria.gonzalez@example.com or see https://example.com/Paris/Denver",
        "Quarterly Report Summary",
        "Dear Customer, your order has shipped.",
        "Contact Support for help.",
        "Customer Service Team hours are listed below.",
        "Signed by the Board of Directors.",
        "Name: Springfield Elementary",
        "Our Customer Success Team is here to help.",
        "The Denver Broncos played the New York Giants.",
        "Texas Instruments makes chips.",
        "The Grace Hopper Award was announced.",
        "Hurricane Ian hit the coast.",
        "The NEW iPhone 15 Pro Max is OUT NOW.",
        "",
        "   \n\t  ",
    })
    void lookAlikes(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    @DisplayName("a later bare family name is recalled as the person seen earlier")
    void recallsFamilyNames() {
        assertThat(found("Helen Marsh opened the account. Later Marsh closed it."))
                .containsExactly("person:Helen Marsh", "person:Marsh");
    }

    @Test
    @DisplayName("offsets are UTF-16 char indices even after emoji outside the Basic Multilingual Plane")
    void offsetsAfterEmoji() {
        String text = "🎉🎉 Maria Gonzalez works at Siemens AG in 𝔐unich and Munich 😀.";
        List<Candidate> found = detector.detect(text);

        assertThat(found).extracting(c -> text.substring(c.start(), c.end()))
                .containsExactly("Maria Gonzalez", "Siemens AG", "Munich");
        assertThat(found.get(0).start()).isEqualTo(5);
    }

    @Test
    @DisplayName("the same text always gives the same candidates in the same order")
    void deterministic() {
        String text = "Dr. Ana Ruiz of the University of Texas met Maria Gonzalez from Acme Corp in Denver. Ruiz left.";
        List<Candidate> first = detector.detect(text);

        for (int run = 0; run < 20; run++) {
            assertThat(new NamedEntityDetector().detect(text)).isEqualTo(first);
        }
        assertThat(first).isSortedAccordingTo(java.util.Comparator.comparingInt(Candidate::start));
    }

    @Test
    @DisplayName("candidates never overlap and always carry a confidence in [0, 1]")
    void candidatesAreDisjoint() {
        String text = "Mr. John Smith of Smith & Wesson Inc. visited New York City, New York and Paris, France.";
        List<Candidate> found = detector.detect(text);

        assertThat(found).isNotEmpty();
        for (int k = 1; k < found.size(); k++) {
            assertThat(found.get(k).start()).isGreaterThanOrEqualTo(found.get(k - 1).end());
        }
        assertThat(found).allSatisfy(c -> assertThat(c.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    @DisplayName("null text is rejected")
    void nullText() {
        assertThatNullPointerException().isThrownBy(() -> detector.detect((String) null));
    }
}
