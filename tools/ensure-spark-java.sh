# Sourced by ./run-tests: the Spark tests run on a Java from 17 to 24 (tools/spark-jdk/bin/java; Spark 4's
# Hadoop client fails on 25). Installs Debian's OpenJDK 17 when none is found and this is root on Debian;
# otherwise says how, and the Spark tests fail with the same advice.
jb_ensure_spark_java() {
  "$root/tools/spark-jdk/bin/java" -version >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's OpenJDK 17 for the Spark tests (once)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq openjdk-17-jdk-headless >/dev/null && return 0
    echo "Installing OpenJDK 17 failed; the Spark tests will fail." >&2
    return 0
  fi
  echo "The Spark tests need a Java from 17 to 24: sudo apt-get install openjdk-17-jdk-headless" >&2
}
