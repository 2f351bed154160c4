package com.example.shop.customers.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerValidationControllerTest {

    private final CustomerValidationController controller =
            new CustomerValidationController(new IbanValidator(), new VatIdValidator(), new AddressValidator());

    @Test
    void acceptsValidIbansAndFormatsThemInGroupsOfFour() {
        IbanCheck check = controller.checkIban("de89 3704 0044 0532 0130 00");

        assertThat(check.valid()).isTrue();
        assertThat(check.countryCode()).isEqualTo("DE");
        assertThat(check.normalized()).isEqualTo("DE89370400440532013000");
        assertThat(check.formatted()).isEqualTo("DE89 3704 0044 0532 0130 00");
        assertThat(controller.checkIban("GB82WEST12345698765432").valid()).isTrue();
    }

    @Test
    void explainsWhatIsWrongWithAnIban() {
        assertThat(controller.checkIban("DE89 3704 0044 0532 0130 01").problems())
                .containsExactly("Check digits do not match: probably a typing error");
        assertThat(controller.checkIban("DE8937040044053201300").problems())
                .containsExactly("A DE IBAN has 22 characters, this one has 21");
        assertThat(controller.checkIban("US12345678901234").problems())
                .containsExactly("IBANs from US are not accepted for SEPA direct debit");
        assertThat(controller.checkIban("").problems()).containsExactly("IBAN is empty");
    }

    @Test
    void verifiesTheGermanAndItalianCheckDigits() {
        VatIdCheck german = controller.checkVatId("DE 136 695 976");
        assertThat(german.valid()).isTrue();
        assertThat(german.checksumVerified()).isTrue();
        assertThat(german.normalized()).isEqualTo("DE136695976");

        assertThat(controller.checkVatId("DE136695977").problems()).containsExactly("Check digit does not match");
        assertThat(controller.checkVatId("IT00743110157").checksumVerified()).isTrue();
    }

    @Test
    void checksOnlyTheFormatWhereNoAlgorithmIsPublic() {
        VatIdCheck austrian = controller.checkVatId("ATU12345678");

        assertThat(austrian.valid()).isTrue();
        assertThat(austrian.checksumVerified()).isFalse();
        assertThat(controller.checkVatId("NL123456789B01").valid()).isTrue();
        assertThat(controller.checkVatId("FR1234").problems()).containsExactly("Not a valid FR VAT id format");
        assertThat(controller.checkVatId("GB123456789").valid()).isFalse();
    }

    @Test
    void normalizesAValidAddress() {
        AddressCheck check = controller.checkAddress(
                new AddressRequest("  Erika  Mustermann ", "Heidestraße 17", "51147", "Köln", "de"));

        assertThat(check.valid()).isTrue();
        assertThat(check.normalized())
                .isEqualTo(new AddressRequest("Erika Mustermann", "Heidestraße 17", "51147", "Köln", "DE"));
    }

    @Test
    void writesDutchAndBritishPostcodesTheWayTheCarrierWantsThem() {
        assertThat(controller.checkAddress(new AddressRequest("J. de Vries", "Damrak 1", "1012lg", "Amsterdam", "NL"))
                .normalized().postcode()).isEqualTo("1012 LG");
        assertThat(controller.checkAddress(new AddressRequest("Jane Doe", "10 Downing Street", "sw1a2aa", "London", "GB"))
                .normalized().postcode()).isEqualTo("SW1A 2AA");
    }

    @Test
    void listsEveryProblemOfAnAddress() {
        AddressCheck check = controller.checkAddress(new AddressRequest("", "Heidestraße", "5114", "Köln", "DE"));

        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).containsExactly(
                "Name is required",
                "Postcode '5114' is not valid for DE",
                "Street needs a house number");
    }
}
