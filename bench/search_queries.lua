-- wrk script for bench/search.sh: each request searches for the next of these realistic Swedish
-- queries (the Swedish ones of tests/search/relevance.py: the site's words, inflections and
-- compounds, citizens' own words, misspellings), URL-encoded. The address prefix is the first
-- script argument (default /sok/?q=):
--   wrk ... -s bench/search_queries.lua http://127.0.0.1:8000 -- '/api/v1/search/?q='
-- Each wrk thread starts at a different query. bench/search.sh also reads this list (one
-- quoted query per line) to check every query once before the load.
local queries = {
  "bygglov", -- bygglov
  "bygglovet", -- bygglovet
  "bygglovsans%C3%B6kan", -- bygglovsansökan
  "ans%C3%B6ka+om+bygglov", -- ansöka om bygglov
  "f%C3%B6rskolan", -- förskolan
  "f%C3%B6rskoleplats", -- förskoleplats
  "soph%C3%A4mtningen", -- sophämtningen
  "fritidshemmet", -- fritidshemmet
  "hemtj%C3%A4nst", -- hemtjänst
  "f%C3%A4rdtj%C3%A4nsten", -- färdtjänsten
  "trygghetslarm", -- trygghetslarm
  "serveringstillst%C3%A5nd", -- serveringstillstånd
  "%C3%A5tervinningscentralen", -- återvinningscentralen
  "enskilt+avlopp", -- enskilt avlopp
  "folkbokf%C3%B6ring", -- folkbokföring
  "biblioteket", -- biblioteket
  "starta+f%C3%B6retag", -- starta företag
  "upphandling", -- upphandling
  "dagis", -- dagis
  "sopor", -- sopor
  "trasig+gatlampa", -- trasig gatlampa
  "h%C3%A5l+i+v%C3%A4gen", -- hål i vägen
  "felanm%C3%A4lan", -- felanmälan
  "bygga+altan", -- bygga altan
  "friggebod", -- friggebod
  "attefallshus", -- attefallshus
  "%C3%A4ldreboende", -- äldreboende
  "sfi", -- sfi
  "busskort", -- busskort
  "sotare", -- sotare
  "maxtaxa+f%C3%B6rskola", -- maxtaxa förskola
  "boka+tid+medborgarkontoret", -- boka tid medborgarkontoret
  "byglov", -- byglov
  "hemtj%C3%A4nts", -- hemtjänts
  "f%C3%B6rskolla", -- förskolla
}

local prefix = "/sok/?q="
local threads = 0
local position = 0

function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end

function init(args)
  if args[1] then
    prefix = args[1]
  end
  position = (offset or 0) % #queries
end

function request()
  position = position % #queries + 1
  return wrk.format(nil, prefix .. queries[position])
end
