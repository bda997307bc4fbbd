package io.corroborate.ingest.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.corroborate.text.Article;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    static final LanguageIdentifier ID = LanguageIdentifier.shared();

    @Test
    void tellsEuropeanLanguagesApart() {
        assertEquals("en", ID.detect("The harbour authority said on Tuesday that the bridge would stay closed "
                + "for at least three more weeks while engineers inspect the damaged supports.", null));
        assertEquals("de", ID.detect("Die Hafenbehörde teilte am Dienstag mit, dass die Brücke noch mindestens drei "
                + "Wochen gesperrt bleibt, während Ingenieure die beschädigten Stützen prüfen.", null));
        assertEquals("fr", ID.detect("L'autorité portuaire a déclaré mardi que le pont resterait fermé pendant au "
                + "moins trois semaines, le temps que les ingénieurs inspectent les piliers endommagés.", null));
        assertEquals("es", ID.detect("La autoridad portuaria dijo el martes que el puente seguirá cerrado al menos "
                + "tres semanas más mientras los ingenieros inspeccionan los soportes dañados.", null));
        assertEquals("it", ID.detect("L'autorità portuale ha detto martedì che il ponte resterà chiuso per almeno "
                + "altre tre settimane mentre gli ingegneri ispezionano i sostegni danneggiati.", null));
        assertEquals("nl", ID.detect("De havenautoriteit zei dinsdag dat de brug nog minstens drie weken gesloten "
                + "blijft terwijl ingenieurs de beschadigde steunen inspecteren.", null));
    }

    @Test
    void tooLittleTextKeepsWhatWasDeclared() {
        assertNull(ID.detect("OK 12", null));
        assertEquals("pt", ID.detect("Ver mais", "pt"));
    }

    @Test
    void aClearDetectionOverrulesATemplateDefault() {
        String german = "Die Feuerwehr war mit mehreren Fahrzeugen im Einsatz, verletzt wurde nach Angaben der Polizei niemand.";
        assertEquals("de", ID.detect(german, "en"));
    }

    @Test
    void setsTheArticleLanguage() {
        Article a = Article.of("a", "Der Gemeinderat hat am Montag den Haushalt für das kommende Jahr beschlossen.");
        assertEquals("de", ID.identify(a).language());
    }

    @Test
    void mapsThreeLetterCodes() {
        assertEquals("de", LanguageIdentifier.toIso1("deu"));
        assertEquals("zh", LanguageIdentifier.toIso1("cmn"));
        assertEquals("et", LanguageIdentifier.toIso1("ekk"));
        assertEquals("gsw", LanguageIdentifier.toIso1("gsw"));
    }
}
