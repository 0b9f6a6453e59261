package org.kickoff.domain;

import java.math.BigDecimal;

/**
 * What a value may be at most, so that everything Kickoff stores it can read again: the file reader, the
 * file check and the window's inputs all ask these.
 */
public final class Limits {

    /** Numbers are below this in magnitude: beyond it nothing about a software project is counted. */
    public static final BigDecimal NUMBER_MAGNITUDE = new BigDecimal("1e15");
    /** Decimal places of a number. */
    public static final int FRACTION_DIGITS = 6;
    /** Characters of one text (an answer, a cell, a note): the reader refuses longer strings. */
    public static final int TEXT_LENGTH = 1_000_000;
    /** The years a date may have: four digits, as in files ({@code 2026-12-31}). */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private Limits() {
    }
}
