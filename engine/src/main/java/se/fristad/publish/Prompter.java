package se.fristad.publish;

import java.io.Console;

/**
 * Asks the person at the keyboard: a password (never stored, never echoed) or a yes to a question. Without a terminal
 * (a script, a scheduled job) nothing can be asked, and whatever needed the answer is refused with the way round it.
 */
public interface Prompter {
    /** The answer, or {@code null} when nothing can be asked or the person gave none. */
    char[] password(String prompt);

    /** Whether the person answered yes; {@code false} when nothing can be asked. */
    boolean confirm(String question);

    /** Asks on the terminal ({@link System#console()}), when there is one. */
    static Prompter console() {
        return new Prompter() {
            @Override
            public char[] password(String prompt) {
                Console c = System.console();
                return c == null ? null : c.readPassword("%s", prompt);
            }

            @Override
            public boolean confirm(String question) {
                Console c = System.console();
                if (c == null) {
                    return false;
                }
                String answer = c.readLine("%s [ja/nej] ", question);
                return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).matches("j|ja|y|yes");
            }
        };
    }

    /** Asks nothing: for scripts and tests. */
    Prompter NONE = new Prompter() {
        @Override
        public char[] password(String prompt) {
            return null;
        }

        @Override
        public boolean confirm(String question) {
            return false;
        }
    };
}
