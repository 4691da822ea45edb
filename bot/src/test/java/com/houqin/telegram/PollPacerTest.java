package com.houqin.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PollPacerTest {

    @Test
    void emptyPollsThatComeBackAtOnceAreSpacedOut() {
        PollPacer pacer = new PollPacer(Duration.ofMillis(100));
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            pacer.beforePoll();
        }
        // the first poll goes at once, the next five wait for the gap
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    }

    @Test
    void pollsThatBroughtUpdatesAreNotHeldBack() {
        PollPacer pacer = new PollPacer(Duration.ofSeconds(5));
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            pacer.beforePoll();
            pacer.updatesArrived();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
