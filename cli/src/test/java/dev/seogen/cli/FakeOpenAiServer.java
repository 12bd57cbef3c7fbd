package dev.seogen.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * An OpenAI-compatible endpoint with canned answers, as a program, for the benchmarks in bench/: it keeps
 * no request journal, so that it can serve a batch of 100,000 articles.
 *
 * <pre>java -cp … dev.seogen.cli.FakeOpenAiServer PORT LATENCY_MILLIS</pre>
 */
public final class FakeOpenAiServer {
    private FakeOpenAiServer() {}

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        int latency = Integer.parseInt(args[1]);
        WireMockServer server = new WireMockServer(wireMockConfig()
                .port(port)
                .bindAddress("127.0.0.1")
                .containerThreads(100)
                .disableRequestJournal());
        server.start();
        new FakeOpenAi(server, server).answering(latency);
        System.out.println("fake OpenAI endpoint on http://127.0.0.1:" + port + "/v1, " + latency + " ms a call");
        Thread.currentThread().join();
    }
}
