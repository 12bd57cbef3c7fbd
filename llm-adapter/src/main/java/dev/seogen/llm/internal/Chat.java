package dev.seogen.llm.internal;

/** Sends one request to a model and returns its answer, or throws what the endpoint did. */
public interface Chat {
    ChatReply send(ChatCall call);

    /** Forgets a kept answer to {@code call}, when there is a cache; the answer was of no use. */
    default void forget(ChatCall call) {}
}
