# Every .docx the suites wrote to artifacts/documents/ must convert to PDF with LibreOffice; page images are kept.
convert_documents() {
  local dir=$1 failed=0 doc
  shopt -s nullglob
  local docs=("$dir"/*.docx)
  [ ${#docs[@]} -eq 0 ] && return 0
  mkdir -p "$dir/pdf" "$dir/png"
  local home; home=$(mktemp -d)
  for doc in "${docs[@]}"; do
    local name; name=$(basename "$doc" .docx)
    if HOME=$home timeout 180 soffice --headless --norestore --convert-to pdf --outdir "$dir/pdf" "$doc" >/dev/null 2>&1 \
       && [ -s "$dir/pdf/$name.pdf" ] && pdftoppm -png -r 60 -f 1 -l 3 "$dir/pdf/$name.pdf" "$dir/png/$name" >/dev/null 2>&1; then
      echo "   converted $name.docx to PDF and page images"
    else
      echo "   FAILED to convert $name.docx"; failed=$((failed + 1))
    fi
  done
  rm -rf "$home"
  return $failed
}
