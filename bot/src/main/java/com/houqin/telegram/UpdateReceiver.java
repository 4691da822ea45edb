package com.houqin.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates arrive from Telegram. Drops repeats, then queues each update on its chat's
 * queue. Never throws: an exception here would end the polling loop.
 */
class UpdateReceiver implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateReceiver.class);

    private final UpdateDeduplicator deduplicator;
    private final ChatQueues queues;
    private final UpdateHandler handler;
    private final PollPacer pacer;

    UpdateReceiver(UpdateDeduplicator deduplicator, ChatQueues queues, UpdateHandler handler, PollPacer pacer) {
        this.deduplicator = deduplicator;
        this.queues = queues;
        this.handler = handler;
        this.pacer = pacer;
    }

    @Override
    public void consume(List<Update> updates) {
        pacer.updatesArrived();
        for (Update update : updates) {
            try {
                receive(update);
            } catch (RuntimeException e) {
                log.error("Could not take update {}", update.getUpdateId(), e);
            }
        }
    }

    void receive(Update update) {
        if (update.getUpdateId() == null || !deduplicator.firstTime(update.getUpdateId())) {
            log.debug("Skipping update {} seen before", update.getUpdateId());
            return;
        }
        queues.submit(UpdateChats.chatIdOf(update), () -> handler.handle(update));
    }
}
