# Sourced by ./journeyboard, ./run-tests, the benchmarks and a release's bin/journeyboard: sets
# JAVA_HOME to the newest Java of 21 or newer found in JAVA_HOME, on PATH or in the usual JVM folders
# (a JDK to build, any Java runtime to run a release), or says plainly that there is none.

# The major version of the JDK at $1: from its `release` file when it has one (no JVM start), else
# by asking its java.
jb_java_major() {
  local version=""
  [ -f "$1/release" ] && version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")"
  if [ -z "$version" ]; then
    version="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1)"
  fi
  echo "$version"
}

# $1 = "jdk" to require a compiler beside java, "java" for a runtime alone.
jb_find_jdk() {
  local need="${1:-jdk}" candidates=() dir home major best="" best_major=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] || continue
    [ "$need" = java ] || [ -x "$home/bin/javac" ] || continue
    major="$(jb_java_major "$home")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  [ -n "$best" ] && echo "$best"
}

jb_use_jdk() {
  local need="${1:-jdk}" jdk
  jdk="$(jb_find_jdk "$need" || true)"
  if [ -z "$jdk" ]; then
    local what="a JDK"; [ "$need" = java ] && what="Java"
    echo "Journeyboard needs $what 21 or newer and found none (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "Install one (for example 'apt-get install openjdk-21-jdk' or Temurin 21) or set JAVA_HOME to it." >&2
    return 3
  fi
  export JAVA_HOME="$jdk"
}
