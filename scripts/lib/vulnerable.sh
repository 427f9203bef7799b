# check_vulnerable LOG: `dotnet list package --vulnerable --include-transitive` over the solution (after the build,
# so without a restore). Returns 1 when a package is listed as vulnerable or the command fails, 0 when none is, and
# 2 (neither passed nor failed; prints "NOT CHECKED") when no enabled NuGet source publishes vulnerability data (a mirror that serves only packages
# and registrations answers "no vulnerable packages" for everything, which proves nothing).
check_vulnerable() {
  local log=$1 code sources with_data=0 url
  timeout 300 dotnet list Dangjian.slnx package --vulnerable --include-transitive --no-restore >"$log" 2>&1
  code=$?
  if [ "$code" -ne 0 ] || grep -qE "has the following vulnerable packages|NU190[0-9]" "$log"; then
    sed -n '/vulnerable packages\|NU190/,+12p' "$log" | head -n 60 | sed "s/^ */   /"
    [ "$code" -ne 0 ] && tail -n 20 "$log" | sed "s/^ */   /"
    return 1
  fi
  sources=$(dotnet nuget list source --format short 2>/dev/null | sed -n 's/^E \(https\?:.*\)$/\1/p')
  for url in $sources; do
    if timeout 30 curl -fsS "$url" 2>/dev/null | grep -q '"VulnerabilityInfo/'; then with_data=1; fi
  done
  if [ "$with_data" -eq 1 ]; then
    echo "   no vulnerable packages (direct and transitive)"
  else
    echo "   NOT CHECKED: no configured NuGet source publishes vulnerability data ($(echo $sources) has no VulnerabilityInfo resource); \"no vulnerable packages\" from it means nothing"
    return 2
  fi
  return 0
}
