package com.houqin.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where polled updates arrive: stored before the next poll confirms them, then handled. Never
 * throws: an exception here would end the polling loop.
 */
class UpdateReceiver implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateReceiver.class);

    private final UpdateHandling handling;
    private final PollPacer pacer;

    UpdateReceiver(UpdateHandling handling, PollPacer pacer) {
        this.handling = handling;
        this.pacer = pacer;
    }

    @Override
    public void consume(List<Update> updates) {
        pacer.updatesArrived();
        try {
            handling.receive(updates);
        } catch (RuntimeException e) {
            log.error("Could not take {} updates", updates.size(), e);
        }
    }
}
