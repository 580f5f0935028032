package org.nineplus.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test resources of the exchange package. */
final class ExchangeFiles {

    static final String CONTRACT_EXAMPLE = "contract-example.json";

    private ExchangeFiles() {
    }

    /** The example file of the exchange-format contract, copied verbatim. */
    static String contractExample() {
        try (InputStream in = ExchangeFiles.class.getResourceAsStream(CONTRACT_EXAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The contract example as a tree that a test may change before writing it out again. */
    static ObjectNode contractExampleTree() {
        try {
            return (ObjectNode) new ObjectMapper().readTree(contractExample());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
