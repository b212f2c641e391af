package org.icsse.governance.domain.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsse.governance.domain.shared.Refusals.assertInvalid;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptCodeTest {

    @Test
    void aRandomCodeIsWrittenInFourGroupsOfFourCrockfordSymbolsAndParsesBack() {
        ReceiptCode code = ReceiptCode.random(new SecureRandom());

        assertThat(code.toString()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(ReceiptCode.parse(code.toString())).isEqualTo(code);
    }

    @Test
    void parsingIgnoresCaseAndGivesTheUpperCaseSpelling() {
        ReceiptCode lower = ReceiptCode.parse("7k3m-9qxd-0aht-r5zw");

        assertThat(lower).isEqualTo(ReceiptCode.parse("7K3M-9QXD-0AHT-R5ZW"));
        assertThat(lower).hasToString("7K3M-9QXD-0AHT-R5ZW");
        assertThat(lower.hashCode()).isEqualTo(ReceiptCode.parse("7K3M-9QXD-0AHT-R5ZW").hashCode());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ",
            "7K3M-9QXD-0AHT-R5ZI", "7K3M-9QXD-0AHT-R5ZL", "7K3M-9QXD-0AHT-R5ZO", "7K3M-9QXD-0AHT-R5ZU",
            "7K3M-9QXD-0AHT-R5Z*", "7K3M-9QXD-0AHT-R5Zſ", "7K3M-9QXD-0AHT-R5Z",
            "7K3M-9QXD-0AHT-R5ZWX", "7K3M-9QXD-0AHT", "7K3M-9QXD-0AHT-R5ZW-ABCD", "7K3M9QXD0AHTR5ZW",
            "7K3M-9QXD-0AHTR-5ZW", "7K3M 9QXD 0AHT R5ZW", " 7K3M-9QXD-0AHT-R5ZW", "7K3M-9QXD-0AHT-R5ZW ",
            "7K3M--9QXD-0AHT-R5Z", "-7K3M-9QXD-0AHT-R5Z"})
    void anythingButTheExactFormIsRefused(String text) {
        assertInvalid(() -> ReceiptCode.parse(text), "receipt", "receipt.form");
    }

    @Test
    void tenThousandRandomCodesAreAllDistinct() {
        SecureRandom random = new SecureRandom();
        Set<ReceiptCode> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(ReceiptCode.random(random));
        }

        assertThat(codes).hasSize(10_000);
    }

    @Test
    void aCodeCarriesAtLeastEightyBitsOfRandomness() {
        // 32 symbols carry 5 bits each; 16 of them are drawn independently and uniformly
        assertThat(ReceiptCode.ALPHABET).hasSize(1 << ReceiptCode.BITS_PER_SYMBOL).doesNotContain("I", "L", "O", "U");
        assertThat(ReceiptCode.ALPHABET.chars().distinct().count()).isEqualTo(32);
        assertThat(ReceiptCode.BITS).isEqualTo(ReceiptCode.SYMBOLS * ReceiptCode.BITS_PER_SYMBOL).isGreaterThanOrEqualTo(80);
        assertThat(ReceiptCode.random(new SplittableRandom(1)).toString().replace("-", "")).hasSize(ReceiptCode.SYMBOLS);
    }

    @Test
    void everySymbolOfTheAlphabetIsDrawn() {
        SplittableRandom random = new SplittableRandom(42);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ReceiptCode.random(random).toString().chars().filter(c -> c != '-').forEach(c -> seen.add((char) c));
        }

        assertThat(seen).hasSize(32);
    }

    @Test
    void theSameRandomSequenceGivesTheSameCode() {
        assertThat(ReceiptCode.random(new SplittableRandom(7))).isEqualTo(ReceiptCode.random(new SplittableRandom(7)));
    }
}
