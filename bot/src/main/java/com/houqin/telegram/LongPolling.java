package com.houqin.telegram;

import java.time.Clock;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.houqin.scheduler.LiveInstances;

import okhttp3.OkHttpClient;

/**
 * Fetches updates with long polling from the configured Bot API, while this instance holds the
 * polling lease ({@link PollingLease}): of several instances one polls, the others take over within
 * seconds when it dies. Starts last, once everything else is ready; if Telegram cannot be reached at
 * start, keeps trying in the background.
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
    private volatile long nextTryNanos = System.nanoTime();
    private volatile boolean waitingLogged;
    private final LiveInstances instances;
    private final PollingLease lease;

    LongPolling(TelegramProperties properties, TelegramUrl url, OkHttpClient http, InboundUpdates inbound,
                UpdateHandler handler, ApplicationEventPublisher events, MongoTemplate mongo, LiveInstances instances,
                Clock clock) {
        this.properties = properties;
        this.url = url;
        this.http = http;
        this.inbound = inbound;
        this.handler = handler;
        this.events = events;
        this.instances = instances;
        this.lease = new PollingLease(mongo, instances, clock);
    }

    @Override
    public void start() {
        running = true;
        handling = new UpdateHandling(inbound, handler, properties.handlerThreads());
        starter.scheduleWithFixedDelay(this::checkLease, 0, properties.leaseCheck().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Polls while this instance holds the lease: takes it when it is free or its holder is dead, and
     * stops polling if another instance has taken it meanwhile (this one was thought dead). While the
     * store cannot be reached nothing changes: nobody can take the lease then either.
     */
    private void checkLease() {
        if (!running) {
            return;
        }
        boolean mine;
        try {
            mine = lease.hold();
        } catch (RuntimeException e) {
            log.debug("Could not check the polling lease: {}", e.getMessage());
            return;
        }
        TelegramBotsLongPollingApplication app = application;
        if (mine && app == null && System.nanoTime() >= nextTryNanos) {
            recoverThenConnect();
        } else if (!mine && app != null) {
            log.warn("Instance {} polls Telegram now; this one stops polling", lease.holder());
            disconnect(app);
        } else if (!mine && !waitingLogged) {
            waitingLogged = true;
            log.info("Instance {} polls Telegram; this one ({}) takes over if it stops", lease.holder(), instances.id());
            lastProblem = null;
        }
    }

    /** What a crash (or the instance that polled before) left unhandled goes first, so each chat keeps its order. */
    private void recoverThenConnect() {
        try {
            handling.recover();
        } catch (RuntimeException e) {
            log.warn("Could not look for updates left unhandled ({}); trying again in {}s", e.getMessage(),
                    properties.startRetry().toSeconds());
            nextTryNanos = System.nanoTime() + properties.startRetry().toNanos();
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
            waitingLogged = false;
            log.info("Receiving updates from {}://{}:{}", url.getSchema(), url.getHost(), url.getPort());
            events.publishEvent(new BotConnected());
        } catch (TelegramApiException | RuntimeException e) {
            lastProblem = e.getMessage();
            log.warn("Cannot reach the Bot API at {}://{}:{} ({}); trying again in {}s", url.getSchema(), url.getHost(),
                    url.getPort(), e.getMessage(), properties.startRetry().toSeconds());
            nextTryNanos = System.nanoTime() + properties.startRetry().toNanos();
        }
    }

    private void disconnect(TelegramBotsLongPollingApplication app) {
        application = null;
        try {
            app.close();
        } catch (Exception e) {
            log.debug("Closing long polling", e);
        }
    }

    /** Whether this instance is the one polling Telegram now. */
    boolean polling() {
        return application != null;
    }

    @Override
    public void stop() {
        running = false;
        starter.shutdownNow();
        TelegramBotsLongPollingApplication app = application;
        if (app != null) {
            disconnect(app);
        }
        poller.shutdownNow();
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.debug("Could not release the polling lease: {}", e.getMessage());
        }
        UpdateHandling.closeOnStop(handling);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Shown as "telegram" in /actuator/health. */
    @Override
    public Health health() {
        String problem = lastProblem;
        return problem == null ? Health.up().withDetail("apiHost", url.getHost()).withDetail("polling", polling()).build()
                : Health.down().withDetail("problem", problem).build();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
