# Build stage: compiles and packages the bot with the Maven wrapper.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY scheduler scheduler
COPY bot bot
RUN ./mvnw -B -q -DskipTests package

# Run stage: a JRE and the jar, as an unprivileged user. The token comes from the environment
# at run time (docker run -e TELEGRAM_BOT_TOKEN=...), never from this file.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app houqin && mkdir -p /app /data && chown houqin /data
WORKDIR /app
COPY --from=build /src/bot/target/houqin.jar /app/houqin.jar
USER houqin
ENV HOUQIN_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/houqin.jar"]
