package dev.seogen.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** How a listing command prints: a table for people, or JSON whose fields are stable, for scripts. */
enum OutputFormat {
    table,
    json;

    /** The mapper that prints JSON, made on first use: it takes a while to start, and most runs print none. */
    static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
