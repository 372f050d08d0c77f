package org.richlazy.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void quotesAShortTokenAsItIs() {
        assertThat(Excerpt.quote("PV 23/b")).isEqualTo("'PV 23/b'");
        assertThat(Excerpt.quote("Zellkörper-α")).isEqualTo("'Zellkörper-α'");
    }

    @Test
    void escapesControlAndInvisibleCharacters() {
        assertThat(Excerpt.quote("a\tb\nc\rd\u0000e\u001bf\u200bg")).isEqualTo("'a\\tb\\nc\\rd\\u0000e\\u001bf\\u200bg'");
    }

    @Test
    void cutsALongTokenAndSaysItsLength() {
        String line = "x".repeat(39) + "yz" + "SECRET".repeat(100);
        assertThat(Excerpt.quote(line)).isEqualTo("'" + "x".repeat(39) + "y' (cut; 641 characters)");
    }
}
