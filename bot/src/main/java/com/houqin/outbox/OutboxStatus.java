package com.houqin.outbox;

enum OutboxStatus {
    PENDING,
    SENDING
}
