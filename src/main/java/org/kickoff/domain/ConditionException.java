package org.kickoff.domain;

/** A condition that cannot be parsed; {@link #position()} is the 1-based column of the problem. */
public final class ConditionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final int position;
    private final String found;

    ConditionException(String key, int position, String found) {
        super(key + " at column " + position + ": " + found);
        this.key = key;
        this.position = position;
        this.found = found;
    }

    /** The message key: what is wrong. */
    public String key() {
        return key;
    }

    public int position() {
        return position;
    }

    /** The text found where the problem is. */
    public String found() {
        return found;
    }
}
