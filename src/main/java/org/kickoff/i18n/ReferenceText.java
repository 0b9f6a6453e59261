package org.kickoff.i18n;

import java.util.List;
import java.util.Optional;
import org.kickoff.domain.Reference;
import org.kickoff.domain.ReferenceSource;

/**
 * A reference in words: a short tag for the card and the exports ("OWASP A01:2025", "Art. 33 DSGVO") and a
 * description naming the source ("OWASP Top 10:2025: A01:2025 Broken Access Control"). A reference to a
 * source this Kickoff does not know (only in a questionnaire that was not checked) is shown as it is written.
 * Every message key is spelt out, so that the bundle test sees it.
 */
public final class ReferenceText {

    private final Messages messages;

    public ReferenceText(Messages messages) {
        this.messages = messages;
    }

    /** The short label, e.g. "Twelve-Factor III. Config" or "AWS REL09". */
    public String tag(Reference reference) {
        Optional<ReferenceSource> known = reference.knownSource();
        if (known.isEmpty()) {
            return reference.source() + " " + reference.item();
        }
        String item = reference.item();
        return switch (known.get()) {
            case TWELVE_FACTOR -> messages.get("reference.tag.twelve-factor", messages.get(Labels.factor(item)));
            case OWASP_TOP_10 -> messages.get("reference.tag.owasp-top10", item);
            case OWASP_API_TOP_10 -> messages.get("reference.tag.owasp-api", item);
            case ASVS -> messages.get("reference.tag.asvs", item);
            case AWS_WELL_ARCHITECTED -> messages.get("reference.tag.aws-well-architected", item);
            case SRE_BOOK -> item.matches("[A-F]") ? messages.get("reference.tag.sre-book-appendix", item)
                    : messages.get("reference.tag.sre-book", item);
            case GDPR -> messages.get("reference.tag.gdpr", gdprArticle(item));
            case GDPR_RECITAL -> messages.get("reference.tag.gdpr-recital", item);
            case ARC42 -> messages.get("reference.tag.arc42", item);
        };
    }

    /** The tags of several references, in their order. */
    public List<String> tags(List<Reference> references) {
        return references.stream().map(this::tag).toList();
    }

    /** The source and the item in full words, for a tooltip or a list of sources. */
    public String describe(Reference reference) {
        Optional<ReferenceSource> known = reference.knownSource();
        if (known.isEmpty()) {
            return tag(reference);
        }
        return messages.get("reference.describe", messages.get(sourceKey(known.get())), item(known.get(),
                reference.item()));
    }

    /** The name of a source, e.g. "OWASP API Security Top 10 2023". */
    public String source(ReferenceSource source) {
        return messages.get(sourceKey(source));
    }

    private String item(ReferenceSource source, String item) {
        if (!source.accepts(item)) {
            return item;
        }
        return switch (source) {
            case TWELVE_FACTOR -> messages.get(Labels.factor(item));
            case OWASP_TOP_10 -> item + " " + messages.get(top10(item));
            case OWASP_API_TOP_10 -> item + " " + messages.get(apiTop10(item));
            case ASVS -> {
                String chapter = item.contains(".") ? item.substring(0, item.indexOf('.')) : item;
                String title = messages.get(asvsChapter(chapter));
                yield chapter.equals(item) ? item + " " + title
                        : messages.get("reference.item.asvs-requirement", item, chapter + " " + title);
            }
            case AWS_WELL_ARCHITECTED -> messages.get("reference.item.aws-well-architected", item,
                    messages.get(awsPillar(item.replaceAll("[0-9]", ""))));
            case SRE_BOOK -> item.matches("[A-F]") ? messages.get("reference.item.sre-book-appendix", item)
                    : messages.get("reference.item.sre-book", item);
            case GDPR -> messages.get("reference.item.gdpr", gdprArticle(item));
            case GDPR_RECITAL -> messages.get("reference.item.gdpr-recital", item);
            case ARC42 -> messages.get("reference.item.arc42", item, messages.get(arc42Section(item)));
        };
    }

    /** "5(1)(e)" as the reader's language cites it: "5(1)(e)" in English, "5 Abs. 1 lit. e" in German. */
    private String gdprArticle(String item) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\\((\\d+)\\)(?:\\(([a-z])\\))?)?")
                .matcher(item);
        if (!m.matches()) {
            return item;
        }
        if (m.group(3) != null) {
            return messages.get("reference.gdpr.point", m.group(1), m.group(2), m.group(3));
        }
        return m.group(2) != null ? messages.get("reference.gdpr.paragraph", m.group(1), m.group(2)) : m.group(1);
    }

    private static String sourceKey(ReferenceSource source) {
        return switch (source) {
            case TWELVE_FACTOR -> "reference.source.twelve-factor";
            case OWASP_TOP_10 -> "reference.source.owasp-top10";
            case OWASP_API_TOP_10 -> "reference.source.owasp-api";
            case ASVS -> "reference.source.asvs";
            case AWS_WELL_ARCHITECTED -> "reference.source.aws-well-architected";
            case SRE_BOOK -> "reference.source.sre-book";
            case GDPR -> "reference.source.gdpr";
            case GDPR_RECITAL -> "reference.source.gdpr-recital";
            case ARC42 -> "reference.source.arc42";
        };
    }

    private static String top10(String item) {
        return switch (item) {
            case "A01:2025" -> "reference.item.owasp-top10.a01";
            case "A02:2025" -> "reference.item.owasp-top10.a02";
            case "A03:2025" -> "reference.item.owasp-top10.a03";
            case "A04:2025" -> "reference.item.owasp-top10.a04";
            case "A05:2025" -> "reference.item.owasp-top10.a05";
            case "A06:2025" -> "reference.item.owasp-top10.a06";
            case "A07:2025" -> "reference.item.owasp-top10.a07";
            case "A08:2025" -> "reference.item.owasp-top10.a08";
            case "A09:2025" -> "reference.item.owasp-top10.a09";
            default -> "reference.item.owasp-top10.a10";
        };
    }

    private static String apiTop10(String item) {
        return switch (item) {
            case "API1:2023" -> "reference.item.owasp-api.api1";
            case "API2:2023" -> "reference.item.owasp-api.api2";
            case "API3:2023" -> "reference.item.owasp-api.api3";
            case "API4:2023" -> "reference.item.owasp-api.api4";
            case "API5:2023" -> "reference.item.owasp-api.api5";
            case "API6:2023" -> "reference.item.owasp-api.api6";
            case "API7:2023" -> "reference.item.owasp-api.api7";
            case "API8:2023" -> "reference.item.owasp-api.api8";
            case "API9:2023" -> "reference.item.owasp-api.api9";
            default -> "reference.item.owasp-api.api10";
        };
    }

    private static String asvsChapter(String chapter) {
        return switch (chapter) {
            case "V1" -> "reference.item.asvs.v1";
            case "V2" -> "reference.item.asvs.v2";
            case "V3" -> "reference.item.asvs.v3";
            case "V4" -> "reference.item.asvs.v4";
            case "V5" -> "reference.item.asvs.v5";
            case "V6" -> "reference.item.asvs.v6";
            case "V7" -> "reference.item.asvs.v7";
            case "V8" -> "reference.item.asvs.v8";
            case "V9" -> "reference.item.asvs.v9";
            case "V10" -> "reference.item.asvs.v10";
            case "V11" -> "reference.item.asvs.v11";
            case "V12" -> "reference.item.asvs.v12";
            case "V13" -> "reference.item.asvs.v13";
            case "V14" -> "reference.item.asvs.v14";
            case "V15" -> "reference.item.asvs.v15";
            case "V16" -> "reference.item.asvs.v16";
            default -> "reference.item.asvs.v17";
        };
    }

    private static String awsPillar(String prefix) {
        return switch (prefix) {
            case "OPS" -> "reference.item.aws-pillar.ops";
            case "SEC" -> "reference.item.aws-pillar.sec";
            case "REL" -> "reference.item.aws-pillar.rel";
            case "PERF" -> "reference.item.aws-pillar.perf";
            case "COST" -> "reference.item.aws-pillar.cost";
            default -> "reference.item.aws-pillar.sus";
        };
    }

    private static String arc42Section(String section) {
        return switch (section) {
            case "1" -> "reference.item.arc42.1";
            case "2" -> "reference.item.arc42.2";
            case "3" -> "reference.item.arc42.3";
            case "4" -> "reference.item.arc42.4";
            case "5" -> "reference.item.arc42.5";
            case "6" -> "reference.item.arc42.6";
            case "7" -> "reference.item.arc42.7";
            case "8" -> "reference.item.arc42.8";
            case "9" -> "reference.item.arc42.9";
            case "10" -> "reference.item.arc42.10";
            case "11" -> "reference.item.arc42.11";
            default -> "reference.item.arc42.12";
        };
    }
}
