package com.houqin.telegram;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;

/**
 * Fetches updates with long polling from the configured Bot API. Starts last, once everything
 * else is ready; if Telegram cannot be reached at start, keeps trying in the background.
 */
@Component("telegram")
@ConditionalOnExpression("${houqin.telegram.polling:true} and '${houqin.telegram.mode:polling}'.toLowerCase() != 'webhook'")
class LongPolling implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    private static final java.time.Duration EMPTY_POLL_GAP = java.time.Duration.ofMillis(250);

    private final TelegramProperties properties;
    private final TelegramUrl url;
    private final OkHttpClient http;
    private final InboundUpdates inbound;
    private final UpdateHandler handler;
    private final ApplicationEventPublisher events;
    private final ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "houqin-polling-start");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "houqin-polling");
        t.setDaemon(true);
        return t;
    });
    private volatile TelegramBotsLongPollingApplication application;
    private volatile UpdateHandling handling;
    private volatile boolean running;
    private volatile String lastProblem = "not connected yet";

    LongPolling(TelegramProperties properties, TelegramUrl url, OkHttpClient http, InboundUpdates inbound,
                UpdateHandler handler, ApplicationEventPublisher events) {
        this.properties = properties;
        this.url = url;
        this.http = http;
        this.inbound = inbound;
        this.handler = handler;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
        handling = new UpdateHandling(inbound, handler, properties.handlerThreads());
        starter.execute(this::recoverThenConnect);
    }

    /** What a crash left unhandled goes first, so each chat keeps its order. */
    private void recoverThenConnect() {
        try {
            handling.recover();
        } catch (RuntimeException e) {
            log.warn("Could not look for updates left unhandled ({}); trying again in {}s", e.getMessage(),
                    properties.startRetry().toSeconds());
            starter.schedule(this::recoverThenConnect, properties.startRetry().toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        connect();
    }

    private void connect() {
        if (!running) {
            return;
        }
        try {
            TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> poller);
            int timeout = (int) Math.max(0, properties.pollTimeout().toSeconds());
            PollPacer pacer = new PollPacer(EMPTY_POLL_GAP);
            // the offset is ours, not the library's: it moves only past updates that are stored
            app.registerBot(properties.token().trim(), () -> url, ignoredLastReceived -> {
                pacer.beforePoll();
                return GetUpdates.builder().offset(inbound.offset()).limit(100).timeout(timeout).build();
            }, new UpdateReceiver(handling, pacer));
            application = app;
            lastProblem = null;
            log.info("Receiving updates from {}://{}:{}", url.getSchema(), url.getHost(), url.getPort());
            events.publishEvent(new BotConnected());
        } catch (TelegramApiException | RuntimeException e) {
            lastProblem = e.getMessage();
            log.warn("Cannot reach the Bot API at {}://{}:{} ({}); trying again in {}s", url.getSchema(), url.getHost(),
                    url.getPort(), e.getMessage(), properties.startRetry().toSeconds());
            starter.schedule(this::connect, properties.startRetry().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        running = false;
        starter.shutdownNow();
        TelegramBotsLongPollingApplication app = application;
        if (app != null) {
            try {
                app.close();
            } catch (Exception e) {
                log.debug("Closing long polling", e);
            }
        }
        poller.shutdownNow();
        try {
            if (handling != null) {
                handling.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Shown as "telegram" in /actuator/health. */
    @Override
    public Health health() {
        String problem = lastProblem;
        return problem == null ? Health.up().withDetail("apiHost", url.getHost()).build()
                : Health.down().withDetail("problem", problem).build();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
