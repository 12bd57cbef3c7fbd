package dev.seogen.llm.internal;

import static java.util.Objects.requireNonNull;

/** One message of a conversation with a model, independent of any client library. */
public record Message(Role role, String text) {
    /** Who says it. */
    public enum Role {
        SYSTEM,
        USER,
        ASSISTANT
    }

    public Message {
        requireNonNull(role, "role");
        requireNonNull(text, "text");
    }

    public static Message system(String text) {
        return new Message(Role.SYSTEM, text);
    }

    public static Message user(String text) {
        return new Message(Role.USER, text);
    }

    public static Message assistant(String text) {
        return new Message(Role.ASSISTANT, text);
    }
}
