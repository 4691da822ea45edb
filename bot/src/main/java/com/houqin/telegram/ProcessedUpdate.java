package com.houqin.telegram;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An update id that has been taken for handling; the unique id makes a second delivery a no-op. */
@Document("processed_updates")
record ProcessedUpdate(@Id int updateId, Instant receivedAt) {
}
