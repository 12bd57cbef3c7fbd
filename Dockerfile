# seogen in a container: a Java 17 runtime and the shaded jar, nothing else.
#   mvn -B -DskipTests package            # builds cli/target/seogen.jar
#   docker build -t seogen:0.1.0 .
#   docker run --rm -v "$PWD:/site" -e OPENAI_API_KEY seogen:0.1.0 generate --topics topics.yaml
# The project folder (topics, seogen.yaml, drafts/, .seogen/) is mounted at /site, the working folder.
FROM eclipse-temurin:17-jre
COPY cli/target/seogen.jar /opt/seogen/seogen.jar
WORKDIR /site
# The same start-up choices as ./seogen: short runs over many files want the client compiler and serial GC.
ENTRYPOINT ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/opt/seogen/seogen.jar"]
