package org.kickoff.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.kickoff.domain.Reference;
import org.kickoff.domain.ReferenceSource;

/** References in words: the short tags on the cards and in the appendix, and the sources they name. */
class ReferenceTextTest {

    private final ReferenceText en = new ReferenceText(Messages.forLanguage("en"));
    private final ReferenceText de = new ReferenceText(Messages.forLanguage("de"));

    private static Reference ref(ReferenceSource source, String item) {
        return Reference.of(source, item);
    }

    @Test
    void tagsAreShortAndInTheReadersLanguage() {
        assertEquals("Twelve-Factor III. Config", en.tag(Reference.twelveFactor("III")));
        assertEquals("Twelve-Factor IX. Einweggebrauch (Disposability)", de.tag(Reference.twelveFactor("IX")));
        assertEquals("OWASP A01:2025", en.tag(ref(ReferenceSource.OWASP_TOP_10, "A01:2025")));
        assertEquals("OWASP API4:2023", de.tag(ref(ReferenceSource.OWASP_API_TOP_10, "API4:2023")));
        assertEquals("ASVS V13.3", en.tag(ref(ReferenceSource.ASVS, "V13.3")));
        assertEquals("AWS REL09", en.tag(ref(ReferenceSource.AWS_WELL_ARCHITECTED, "REL09")));
        assertEquals("SRE ch. 26", en.tag(ref(ReferenceSource.SRE_BOOK, "26")));
        assertEquals("SRE Anh. E", de.tag(ref(ReferenceSource.SRE_BOOK, "E")));
        assertEquals("GDPR Art. 33", en.tag(ref(ReferenceSource.GDPR, "33")));
        assertEquals("Art. 33 DSGVO", de.tag(ref(ReferenceSource.GDPR, "33")));
        assertEquals("Art. 33 Abs. 1 DSGVO", de.tag(ref(ReferenceSource.GDPR, "33(1)")));
        assertEquals("GDPR Art. 33(1)", en.tag(ref(ReferenceSource.GDPR, "33(1)")));
        assertEquals("ErwG 26 DSGVO", de.tag(ref(ReferenceSource.GDPR_RECITAL, "26")));
        assertEquals("arc42 Kap. 9", de.tag(ref(ReferenceSource.ARC42, "9")));
    }

    @Test
    void descriptionsNameTheSourceAndTheItem() {
        assertEquals("OWASP Top 10:2025: A01:2025 Broken Access Control",
                en.describe(ref(ReferenceSource.OWASP_TOP_10, "A01:2025")));
        assertEquals("OWASP API Security Top 10 2023: API10:2023 Unsafe Consumption of APIs",
                en.describe(ref(ReferenceSource.OWASP_API_TOP_10, "API10:2023")));
        assertEquals("OWASP Application Security Verification Standard (ASVS) 5.0: V13.3 (chapter V13 Configuration)",
                en.describe(ref(ReferenceSource.ASVS, "V13.3")));
        assertEquals("OWASP Application Security Verification Standard (ASVS) 5.0: V8 Authorization",
                en.describe(ref(ReferenceSource.ASVS, "V8")));
        assertEquals("AWS Well-Architected Framework: Frage REL09, Säule Zuverlässigkeit",
                de.describe(ref(ReferenceSource.AWS_WELL_ARCHITECTED, "REL09")));
        assertEquals("Datenschutz-Grundverordnung (DSGVO), Verordnung (EU) 2016/679: Artikel 5 Abs. 1 lit. e",
                de.describe(ref(ReferenceSource.GDPR, "5(1)(e)")));
        assertEquals("General Data Protection Regulation (GDPR), Regulation (EU) 2016/679: Article 5(1)(e)",
                en.describe(ref(ReferenceSource.GDPR, "5(1)(e)")));
        assertEquals("arc42, the template for architecture documentation: section 9, Architecture Decisions",
                en.describe(ref(ReferenceSource.ARC42, "9")));
        assertEquals("Die Zwölf-Faktoren-App (The Twelve-Factor App): IV. Unterstützende Dienste (Backing Services)",
                de.describe(Reference.twelveFactor("IV")));
    }

    @Test
    void everyItemOfEverySourceHasWordsInEveryLanguage() {
        for (Messages messages : new Messages[] {Messages.forLanguage("en"), Messages.forLanguage("de")}) {
            ReferenceText text = new ReferenceText(messages);
            String[][] items = {
                {"twelve-factor", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"},
                {"owasp-top10", "A01:2025", "A02:2025", "A03:2025", "A04:2025", "A05:2025", "A06:2025", "A07:2025",
                    "A08:2025", "A09:2025", "A10:2025"},
                {"owasp-api", "API1:2023", "API2:2023", "API3:2023", "API4:2023", "API5:2023", "API6:2023",
                    "API7:2023", "API8:2023", "API9:2023", "API10:2023"},
                {"asvs", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10", "V11", "V12", "V13", "V14",
                    "V15", "V16", "V17.1.1"},
                {"aws-well-architected", "OPS04", "SEC01", "REL13", "PERF02", "COST05", "SUS06"},
                {"arc42", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
            };
            for (String[] source : items) {
                for (int i = 1; i < source.length; i++) {
                    Reference reference = new Reference(source[0], source[i]);
                    String description = text.describe(reference);
                    // a missing key would show as the key itself
                    assertFalse(description.contains("reference.") || description.contains("factor."), description);
                }
            }
        }
    }

    @Test
    void aSourceKickoffDoesNotKnowIsShownAsWritten() {
        assertEquals("iso27001 A.5.15", en.tag(new Reference("iso27001", "A.5.15")));
        assertEquals("iso27001 A.5.15", en.describe(new Reference("iso27001", "A.5.15")));
    }
}
