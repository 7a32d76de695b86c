# Builds the gateway from source and runs it as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests && java -Djarmode=tools -jar target/*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 --home /var/lib/gateway gateway && mkdir -p /var/lib/gateway && chown gateway /var/lib/gateway
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER gateway
ENV GATEWAY_DATADIR=/var/lib/gateway
EXPOSE 8080 8443
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
