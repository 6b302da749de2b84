#!/usr/bin/env bash
# Consumers of the packed packages, as a customer's own applications would use them:
#   - net8.0 on Microsoft.Extensions 8.x (DependencyInjection 8.0.1): restore and build (no .NET 8 runtime to run it);
#   - net10.0 on Microsoft.Extensions 10.0.0: restore and build, then publish with Native AOT (the packages' trim and
#     AOT warnings are errors here) and run the native binary against the in-process emulator.
# Usage: check.sh <folder holding the LinkedInRsc .nupkg files>   (KEEP_WORK=1 keeps the temporary folder)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
packages="$(cd "${1:?packages folder}" && pwd)"
version="$(ls -t "$packages"/LinkedInRsc.Sdk.*.nupkg | head -1 | sed -E 's/.*LinkedInRsc\.Sdk\.(.*)\.nupkg/\1/')"

# Outside the repository: none of its build settings, package versions or nuget.config apply.
work="$(mktemp -d)"
if [ -n "${KEEP_WORK:-}" ]; then echo "consumers in $work (kept)"; else trap 'rm -rf "$work"' EXIT; fi
cp -r "$here/net8" "$here/net10" "$here/Program.cs" "$here/Directory.Build.props" "$work/"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="packed" value="$packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="packed"><package pattern="LinkedInRsc.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML

# Every build packs the same version: drop the copy an earlier run left in the global cache, or it would be used.
cache="$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: //')"
for id in linkedinrsc.abstractions linkedinrsc.sdk linkedinrsc.testing; do rm -rf "${cache%/}/$id/$version"; done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
props=(-p:LinkedInRscVersion="$version" -nologo -v:m)
dotnet restore "$work/net8/Net8Consumer.csproj" "${props[@]}"
dotnet build "$work/net8/Net8Consumer.csproj" -c Release --no-restore "${props[@]}"
dotnet restore "$work/net10/Net10Consumer.csproj" -r linux-x64 "${props[@]}"
dotnet publish "$work/net10/Net10Consumer.csproj" -c Release -r linux-x64 --no-restore "${props[@]}" -o "$work/aot"
"$work/aot/Net10Consumer"
