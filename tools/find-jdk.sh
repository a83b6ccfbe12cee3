# Sourced by ./journeyboard, ./run-tests and .ci/run: sets JAVA_HOME to the newest JDK of 21 or
# newer found in JAVA_HOME, on PATH or in the usual JVM folders, or says plainly that there is none.

jb_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

jb_find_jdk() {
  local candidates=() dir home major best="" best_major=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major="$(jb_java_major "$home/bin/java")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  [ -n "$best" ] && echo "$best"
}

jb_use_jdk() {
  local jdk
  jdk="$(jb_find_jdk || true)"
  if [ -z "$jdk" ]; then
    echo "Journeyboard needs a JDK 21 or newer and found none (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "Install one (for example 'apt-get install openjdk-21-jdk' or Temurin 21) or set JAVA_HOME to it." >&2
    return 3
  fi
  export JAVA_HOME="$jdk"
}
