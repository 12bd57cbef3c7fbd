package dev.seogen.llm.internal;

/** Sends one request to a model and returns its answer, or throws what the endpoint did. */
@FunctionalInterface
public interface Chat {
    ChatReply send(ChatCall call);
}
