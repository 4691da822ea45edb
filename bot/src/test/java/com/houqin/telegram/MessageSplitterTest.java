package com.houqin.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void aShortTextIsOnePiece() {
        assertThat(MessageSplitter.split("hello\nworld", 4096)).containsExactly("hello\nworld");
    }

    @Test
    void aLongTextIsCutBetweenLinesNeverInsideOne() {
        String text = IntStream.range(0, 500).mapToObj(i -> "line " + i + " with some words in it")
                .collect(Collectors.joining("\n"));
        List<String> parts = MessageSplitter.split(text, 4096);
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allMatch(p -> p.length() <= 4096);
        assertThat(String.join("\n", parts)).isEqualTo(text);
        assertThat(parts).allMatch(p -> p.startsWith("line ") && p.endsWith("in it"));
    }

    @Test
    void aSingleOverlongLineIsCutAtASpace() {
        String line = "word ".repeat(2000).strip();
        List<String> parts = MessageSplitter.split(line, 4096);
        assertThat(parts).allMatch(p -> p.length() <= 4096);
        assertThat(parts).allMatch(p -> !p.startsWith(" ") && !p.endsWith(" "));
        assertThat(String.join(" ", parts)).isEqualTo(line);
    }
}
