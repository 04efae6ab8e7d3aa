package se.fristad.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How a national page of the default site is adapted for a new municipality's site. */
class NationalTextTest {
    private final NationalText adapter = new NationalText(List.of("Umeå", "Kalmar"),
            Set.of("index.md", "stod/index.md", "stod/bris.md", "fa-hjalp-nu.md"));

    @Test
    void aSentenceNamingAnotherMunicipalityAndWhatFollowsItInTheParagraphGo() {
        assertEquals("---\ntitle: T\n---\n\n## Stöd\n\nRing BRIS.\n\nRing 112.\n",
                adapter.adapt("index.md", "---\ntitle: T\n---\n\n## Stöd\n\nRing BRIS. Kalmars plan nämner BRIS. Därför gör de så.\n\nRing 112.\n"));
    }

    @Test
    void inflectedAndTranslatedFormsCount() {
        assertEquals("A.\n", adapter.adapt("index.md", "A. Kalmarin suunnitelma.\n"));
        assertEquals("A.\n", adapter.adapt("index.md", "A. Umeås plan.\n"));
        assertEquals("A.\n", adapter.adapt("index.md", "A. I Kalmar.\n"));
    }

    @Test
    void listItemsNamingOthersOrStartingWithAMissingPageGoOtherLinksLoseTheirLink() {
        String in = "- [BRIS](stod/bris.md): för barn.\n- [Planer](planer/index.md): fem kommuner.\n- I Umeå finns stöd.\n"
                + "- Läs om [jouren](stod/jouren.md) och [BRIS](stod/bris.md#ring).\n";
        assertEquals("- [BRIS](stod/bris.md): för barn.\n- Läs om jouren och [BRIS](stod/bris.md#ring).\n", adapter.adapt("index.md", in));
    }

    @Test
    void linksAreResolvedFromThePagesFolder() {
        assertEquals("[Hjälp](../fa-hjalp-nu.md) och [BRIS](bris.md) och ordet.\n",
                adapter.adapt("stod/x.md", "[Hjälp](../fa-hjalp-nu.md) och [BRIS](bris.md) och [ordet](../begrepp/ordet.md).\n"));
    }

    @Test
    void aSentenceSendingTheReaderToThePlansGoes() {
        assertEquals("Ord.\n", adapter.adapt("index.md", "Ord. Läs mer på sidan [Begrepp](begrepp/index.md).\n"));
    }

    @Test
    void aSectionThatOpensWithOtherMunicipalitiesGoesWholeAndSoDoesAListsIntroduction() {
        String in = "## Hjälp\n\nRing 112.\n\n## Vad kommunerna säger\n\nUmeå och Kalmar skriver så.\n\nDe fem kommunerna gör mer.\n\n"
                + "## Källor\n\nUppgifterna kommer från fem planer:\n\n- Umeå: plan.\n- Kalmar: strategi.\n\nVi har sammanfattat dem.\n\n"
                + "## Mer\n\nRing BRIS.\n";
        assertEquals("## Hjälp\n\nRing 112.\n\n## Mer\n\nRing BRIS.\n", adapter.adapt("index.md", in));
    }

    @Test
    void aSummaryEndsBeforeAnotherMunicipality() {
        assertEquals("---\ntitle: RFSL\nsummary: En förening.\n---\n\nText.\n",
                adapter.adapt("index.md", "---\ntitle: RFSL\nsummary: En förening. Umeå nämner den.\n---\n\nText.\n"));
    }

    @Test
    void tablesKeepTheirOtherRows() {
        assertEquals("| a | b |\n|---|---|\n| BRIS | 116 111 |\n",
                adapter.adapt("index.md", "| a | b |\n|---|---|\n| BRIS | 116 111 |\n| Kalmar | x |\n"));
    }
}
