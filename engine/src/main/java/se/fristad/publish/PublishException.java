package se.fristad.publish;

/** Why a publish could not start or go on, and what the person can do about it (both in Swedish). */
public final class PublishException extends Exception {
    private final String where;
    private final String fix;

    public PublishException(String where, String what, String fix) {
        super(what);
        this.where = where;
        this.fix = fix;
    }

    public String where() {
        return where;
    }

    public String fix() {
        return fix;
    }

    /** {@code where: what — fix}, the form of every message Fristad prints. */
    public String format() {
        return where + ": " + getMessage() + " — " + fix;
    }
}
