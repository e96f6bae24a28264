package ai.datafog.domain.detection.validate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The small validators behind the detectors")
class ValidatorsTest {

    @ParameterizedTest(name = "Luhn accepts {0}")
    @ValueSource(strings = {"4111111111111111", "79927398713", "0000000000000000", "378282246310005", "00"})
    void luhnAccepts(String digits) {
        assertThat(Luhn.isValid(digits)).isTrue();
    }

    @ParameterizedTest(name = "Luhn rejects {0}")
    @ValueSource(strings = {"4111111111111112", "79927398710", "1", "", "41111111111111a1"})
    void luhnRejects(String digits) {
        assertThat(Luhn.isValid(digits)).isFalse();
    }

    @ParameterizedTest(name = "mod-97 of {0} is {1}")
    @CsvSource({"DE89370400440532013000,true", "GB82WEST12345698765432,true", "GB82WEST12345698765433,false",
            "DE00370400440532013000,false", "DE8937040044053201300!,false", "DE8,false"})
    void mod97(String iban, boolean valid) {
        assertThat(Mod97.isValidIban(iban)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}-{1}-{2} real = {3}")
    @CsvSource({"2024,2,29,true", "2023,2,29,false", "1900,2,29,false", "2000,2,29,true", "2024,4,31,false",
            "2024,12,31,true", "2024,13,1,false", "2024,0,1,false", "2024,1,0,false", "1899,1,1,false", "2100,1,1,false"})
    void calendarDates(int year, int month, int day, boolean real) {
        assertThat(CalendarDate.isReal(year, month, day)).isEqualTo(real);
    }

    @ParameterizedTest(name = "SSN {0}-{1}-{2} valid = {3}")
    @CsvSource({"123,45,6789,true", "0,45,6789,false", "666,45,6789,false", "900,45,6789,false", "899,45,6789,true",
            "123,0,6789,false", "123,45,0,false", "78,5,1120,false", "219,9,9999,false"})
    void ssnRules(int area, int group, int serial, boolean valid) {
        assertThat(SsnRules.isValid(area, group, serial)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "NANP area {0} = {1}")
    @CsvSource({"415,true", "212,true", "199,false", "911,false", "411,false", "370,false", "965,false", "1000,false"})
    void nanpAreaCodes(int area, boolean valid) {
        assertThat(NanpRules.isAreaCode(area)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "issuer of {0} known = {1}")
    @CsvSource({"4111111111111111,true", "4111111111111,true", "41111111111111,false", "5500000000000004,true",
            "340000000000009,true", "3400000000000009,false", "6011000000000004,true", "9111111111111111,false",
            "2720990000000000,true", "2721000000000000,false"})
    void cardIssuers(String digits, boolean known) {
        assertThat(CardIssuers.isKnown(digits)).isEqualTo(known);
    }

    @ParameterizedTest(name = "IPv6 {0} has {1} groups")
    @CsvSource({"::1,1", "2001:db8::1,3", "1:2:3:4:5:6:7:8,8", "::ffff:1.2.3.4,3", "1:2:3:4:5:6:7::,7",
            "1:2:3:4:5:6:7:8:9,-1", "1::2::3,-1", ":1::2,-1", "1:2,-1", "12345::,-1", "::,-1", "1:2:3:4:5:6:1.2.3.4,8"})
    void ipv6Grammar(String address, int groups) {
        assertThat(Ipv6.groups(address, 0, address.length())).isEqualTo(groups);
    }

    @Test
    @DisplayName("IPv4 octets are 0–255 without leading zeros")
    void ipv4Octets() {
        assertThat(Ipv4.isValid("255.0.10.1", 0, 10)).isTrue();
        assertThat(Ipv4.isValid("256.0.10.1", 0, 10)).isFalse();
        assertThat(Ipv4.isValid("01.0.10.1", 0, 9)).isFalse();
    }

    @Test
    @DisplayName("IBAN lengths come from the country table")
    void ibanLengths() {
        assertThat(IbanCountries.lengthOf("DE")).hasValue(22);
        assertThat(IbanCountries.lengthOf("NO")).hasValue(15);
        assertThat(IbanCountries.lengthOf("US")).isEmpty();
    }

    @ParameterizedTest(name = "month of {0} = {1}")
    @CsvSource({"January,1", "jan,1", "SEPT,9", "Sept,9", "September,9", "may,5", "Marching,0", "Ma,0", "Decembers,0", "Juno,0"})
    void monthNames(String word, int month) {
        assertThat(MonthNames.monthOf(word, 0, word.length())).isEqualTo(month);
    }
}
