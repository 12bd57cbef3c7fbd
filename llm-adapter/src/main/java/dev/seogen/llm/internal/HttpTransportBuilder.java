package dev.seogen.llm.internal;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;

/**
 * Hands LangChain4j our {@link HttpTransport}. The timeouts LangChain4j sets on it are ignored: the
 * transport's own deadline, from the settings, bounds each call.
 */
public final class HttpTransportBuilder implements HttpClientBuilder {
    private final HttpTransport transport;
    private Duration connectTimeout;
    private Duration readTimeout;

    public HttpTransportBuilder(HttpTransport transport, Duration timeout) {
        this.transport = transport;
        this.connectTimeout = timeout;
        this.readTimeout = timeout;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        return transport;
    }
}
