package org.kickoff.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bodies of knowledge a question or a risk rule can cite, with the name used in files and the form of
 * an item in each, as the source itself numbers it. The set is closed: a reference the wizard cannot name
 * and explain in every language would be a tag nobody can read.
 */
public enum ReferenceSource {
    /** The Twelve-Factor App; items are the factors' roman numerals. */
    TWELVE_FACTOR("twelve-factor", "I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII", "III"),
    /** OWASP Top 10:2025; items as OWASP writes them. */
    OWASP_TOP_10("owasp-top10", "A(0[1-9]|10):2025", "A01:2025"),
    /** OWASP API Security Top 10 2023. */
    OWASP_API_TOP_10("owasp-api", "API([1-9]|10):2023", "API4:2023"),
    /** OWASP Application Security Verification Standard 5.0: a chapter, section or requirement. */
    ASVS("asvs", "V([1-9]|1[0-7])(\\.[1-9][0-9]?){0,2}", "V8.2.2"),
    /** AWS Well-Architected Framework: a question of a pillar, e.g. REL09. */
    AWS_WELL_ARCHITECTED("aws-well-architected", "(OPS|SEC|REL|PERF|COST|SUS)(0[1-9]|1[0-9])", "REL09"),
    /** Google's book "Site Reliability Engineering": a chapter (1 to 34) or an appendix (A to F). */
    SRE_BOOK("sre-book", "[1-9]|[12][0-9]|3[0-4]|[A-F]", "26"),
    /** The GDPR, Regulation (EU) 2016/679: an article, optionally with a paragraph, and then a point. */
    GDPR("gdpr", "([1-9]|[1-9][0-9])(\\([1-9][0-9]?\\)(\\([a-z]\\))?)?", "5(1)(e)"),
    /** A recital of the GDPR. */
    GDPR_RECITAL("gdpr-recital", "[1-9]|[1-9][0-9]|1[0-6][0-9]|17[0-3]", "26"),
    /** The arc42 template: a section, 1 to 12. */
    ARC42("arc42", "[1-9]|1[0-2]", "9");

    private final String fileName;
    private final Pattern item;
    private final String example;

    ReferenceSource(String fileName, String itemPattern, String example) {
        this.fileName = fileName;
        this.item = Pattern.compile(itemPattern);
        this.example = example;
    }

    public String fileName() {
        return fileName;
    }

    /** Whether {@code item} names something in this source, written as the source writes it. */
    public boolean accepts(String item) {
        return item != null && this.item.matcher(item).matches();
    }

    /** A well-formed item, for messages that say what was expected. */
    public String example() {
        return example;
    }

    public static Optional<ReferenceSource> fromFileName(String name) {
        return Arrays.stream(values()).filter(s -> s.fileName.equals(name)).findFirst();
    }
}
