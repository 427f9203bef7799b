# Every .docx the suites wrote to artifacts/documents/ must convert to PDF with LibreOffice; page images are kept.
# One LibreOffice start converts them all (starting it costs seconds); each PDF is then checked on its own.
convert_documents() {
  local dir=$1 failed=0 doc
  shopt -s nullglob
  local docs=("$dir"/*.docx)
  [ ${#docs[@]} -eq 0 ] && return 0
  rm -rf "$dir/pdf" "$dir/png"; mkdir -p "$dir/pdf" "$dir/png"
  local home; home=$(mktemp -d)
  HOME=$home timeout $((120 + 60 * ${#docs[@]})) soffice --headless --norestore --convert-to pdf --outdir "$dir/pdf" "${docs[@]}" \
    >"$dir/pdf/soffice.log" 2>&1
  for doc in "${docs[@]}"; do
    local name; name=$(basename "$doc" .docx)
    if [ -s "$dir/pdf/$name.pdf" ] && pdftoppm -png -r 60 -f 1 -l 3 "$dir/pdf/$name.pdf" "$dir/png/$name" >/dev/null 2>&1; then
      echo "   converted $name.docx to PDF and page images"
    else
      echo "   FAILED to convert $name.docx"; failed=$((failed + 1))
    fi
  done
  rm -rf "$home"
  return $failed
}
