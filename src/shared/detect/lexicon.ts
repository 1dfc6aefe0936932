/**
 * The words detection listens for, compiled once. Patterns run on folded text (lower case,
 * accents removed, see fold()), so "Vorstellungsgespräch" is matched as "vorstellungsgesprach".
 * Each list is a category of evidence; the weights live in score.ts.
 */

import { factored } from './factor';

/** Unambiguous "this is a job interview" words, in English, Spanish, German, French, Dutch, Italian, Portuguese. */
export const INTERVIEW_STRONG = factored(new RegExp(
  '\\b(?:' +
    [
      // And the owner's shorthand for it: "ridings intv 2.15!!", "phone intvw heartland moving", "entrev tlf Solarbet".
      'interview(?:s|ing)?', 'intvw?', 'entrev', '(?:1st|2nd|3rd|first|second|third|final|next) int(?:vw)?',
      // A teacher's demonstration lesson before a panel, a practical test; Spanish later rounds ("2a ronda").
      'clase (?:demostrativa|modelo|muestra)', 'probelektion(?:en)?', 'probe(?:arbeits)?tage?', 'probearbeit(?:en)?', 'proefles(?:sen)?', 'demo lesson', 'teaching demo(?:nstration)?', 'demo(?:nstration)?(?<=\\btraining demo(?:nstration)?)', 'model lesson', 'sample lesson', 'prueba practica',
      'ronda(?<=\\b(?:[23][aª]|segunda|tercera|ultima|primera) ronda)',
      // German later rounds: "vindobona 2. runde", "zu einem abschließenden Gespräch", the owner's "2. Rd Kiezkauf".
      'runde(?<=\\b(?:[23]\\.|zweite|dritte|finale|letzte) runde)', 'rd(?<=\\b[23]\\. rd)',
      // A later round in Dutch and French: "trivio 2e gesprek", "Baxterra 2e ronde", "2e entretien méridien";
      // and the Flemish civil service's oral round, "mondelinge proef" (read from "proef": "mon" starts too many words).
      '(?:2e|3e|2de|3de|tweede|derde|laatste) (?:gesprek|ronde|rnd|sollicitatiegesprek)', '(?:2e|2eme|deuxieme|3e|dernier) (?:entretien|tour|echange|rencontre)', 'proef(?<=\\bmondelinge proef)', 'orale(?<=\\bepreuve orale)', 'caso(?<=\\bpresentacion (?:de|del) caso)',
      // A German second talk ("2. Gespräch vor Ort"), and the walk-in interviews of an Indian hiring drive.
      'gesprach(?<=\\b(?:[23]\\.|zweites|drittes|(?:das|ein|unser|ihr|dein) (?:zweite|dritte)|abschlie(?:ß|ss)ende[ns]?) gesprach)', 'walk[- ]?in (?:drive|interview)s?',
      // A skills test the employer watches in person: "Hands-on Skills Assessment".
      'hands-on (?:skills )?(?:assessment|test|evaluation)',
      'entrevistas?', 'videoentrevistas?',
      'entrevue',
      '(?:vorstellungs|bewerbungs|bewerber|einstellungs|auswahl|zweit|dritt|schluss|abschluss)gesprach\\w*',
      // A final round in Dutch: "Eindgesprek Vitalis".
      'eindgesprek(?:ken)?',
      // The owner's "vg muldental it grimma": Vorstellungsgespräch, shortened, opening the note.
      '^vg(?= \\w)',
      // A German selection day: "Auswahltag Kiezkinder - Präsentation + Fallbeispiele".
      'auswahltag',
      // The German invitation to one: "hier die Einladung zum Gespräch mit Claudia Reinartz".
      'einladung zu(?:m| einem) (?:personlichen |ersten |kurzen )?gesprach',
      'entretien(?:s)?(?: d.embauche| individuel| de recrutement)?',
      'sollicitatie ?gesprek(?:ken)?', 'sollgesprek', 'voorstellingsgesprek(?:ken)?',
      // A case presented as a step of selection: "loonly - casus presentatie op kantoor".
      'casus ?presentatie',
      'sollicitatie',
      'selectiegesprek\\w*',
      'colloquio',
      '(?:phone|ph|telephone|video|recruiter|hr|technical|tech|initial|intro|first|coding|culture|team) screen(?:ing)?',
      // The owner's shorthand: "phone scrn", "kestrel works ph int", "phone int w/ DON", "lumasync rd 2".
      '(?:phone|ph) scrn', '(?:phone|ph|tel|tech|technical|panel|teams|zoom|video|site|onsite) int', 'ph intvw', 'rd [1-9]',
      // The owner's "int @ rimu hill village": an interview at a place.
      'int(?= @ )',
      'phone-screen',
      'screening (?:call|interview)',
      'final round',
      '(?:first|second|third|fourth|1st|2nd|3rd|4th|next|final)[- ](?:round|stage|rd|rnd)',
      '(?:recruiter|recruiting) (?:call|chat|conversation)', 'hr (?:screen|interview)',
      'round (?:[1-9]|one|two|three|four)',
      // And the owner's shorthand: "call w/ hiring mgr", "HM convo w/ Renée" ("call w/ Rakesh (HM)" is
      // read in scoreEvent: a lookahead here slowed every search of the pattern by a third).
      'hiring m(?:anager|gr)', 'hm (?:call|chat|convo|conversation|interview|intvw|int|screen|round|zoom|phone|video)',
      'case (?:interview|study interview|presentation)', 'presentation (?:du |de la |de l.|of (?:the |my )?)?(?:case study|cas pratique|etude de cas|business case)',
      // Design rounds.
      'whiteboard (?:challenge|exercise|interview)', 'design challenge', 'portfolio (?:presentation|walkthrough)', 'app critique',
      'panel interview',
      'on-?site (?:interview|loop|visit|pairing|coding|case study)',
      'superday',
      'assessment[- ](?:center|centre|day)',
      'technical (?:assessment|interview|round|call)',
      'coding (?:challenge review|exercise|session)',
      'system design',
      'live[- ]coding',
      'pair programming',
      'take-?home (?:review|debrief|walkthrough|presentation|assignment|project|exercise|challenge|task|case)',
      // The candidate's design or writing work reviewed with the team: "Design Task Review – Lena",
      // "Design Challenge Presentation", "Writing Exercise Review". (Its debrief is the hiring
      // team's own unless the title names the owner: scoreEvent's WORK_DEBRIEF.)
      '(?:design|writing|written) (?:task|challenge|exercise) (?:review|walkthrough|presentation)',
      'telefoninterview', '(?:video|online|bewerbungs|einzel|job|fach)interview', 'vorstellungstermin',
      'kennismakingsgesprek',
      '(?:tweede|derde) (?:gesprek|ronde|sollicitatiegesprek)',
      // A technical interview in Dutch and German ("Technisch gesprek Van Hoorn"), and the Dutch invitation
      // to one ("hierbij de uitnodiging voor het gesprek"), as "Einladung zum Gespräch" is German.
      'technische? gesprek(?:ken)?', 'technisches gesprach', 'gesprek(?<=\\buitnodiging voor (?:het|een|ons) (?:[\\w-]+ )?gesprek)',
      // German rounds: "Finale Runde", "zweite Runde".
      '(?:finale|zweite|dritte|letzte) runde',
      '(?:tweede|derde)gesprek',
      'entrevista (?:telefonica|tecnica|final|personal)',
      'cas pratique',
      'probearbeit\\w*',
      'work sample(?: test| exercise)?',
      '(?:interview|onsite|virtual|final|pm|product|eng|engineering|design|data) loop',
      'meet the team',
      'caso practico',
      'prueba tecnica',
      'cultur(?:e|al) fit',
      // Indian English names rounds by who holds them: "Managerial round", "HR round", "L2 interview".
      '(?:managerial|hr|client|leadership|behaviou?ral|director|telephonic) round', 'l[1-3] (?:interview|round)', 'f2f (?:interview|round)', 'face[- ]to[- ]face interview',
      // A selection board or committee hears the candidate (public sector): "Hearing vor der Auswahlkommission".
      '(?:auswahl|aufnahme|anstellungs)kommission', 'selectiecommissie', 'selection (?:board|panel|committee)', 'jury de (?:selection|recrutement)',
      'comite de seleccion',
      // French exercises held in hiring: a case study, a job simulation.
      'etude de cas', 'mise en situation',
      // Schools and the public sector: a lesson taught as a test, an oral board, a search committee.
      // And the French trial shift of hotels and restaurants: "essai service Laharrague", "journée d'essai".
      'essai (?:service|en salle|en cuisine)', '(?:journee|service|soiree|shift|jour) d.essai',
      'trial shift', 'trial day', 'working interview', 'demo lesson', 'sample lesson', 'teaching demo\\w*', 'oral (?:board|interview|exam(?:ination)?(?: board)?)', 'final (?:conversation|chat)', 'search committee',
    ].join('|') +
    ')\\b',
));

/** Words that mean an interview round only together with other evidence ("Onsite", "Panel", "Intro call"). */
export const INTERVIEW_WEAK = factored(new RegExp(
  '\\b(?:' +
    [
      'on-?site',
      'panel',
      'loop',
      'intro(?:duction|ductory)? (?:call|chat|meeting)',
      'introductory',
      // An agency presenting the post to the candidate: "Présentation poste Drug Safety Specialist".
      'presentation (?:du |de |d.un )?poste',
      'screen',
      'screening',
      'chat',
      'conversation', 'conversacion',
      'catch[- ]?up',
      'discussion',
      'talk',
      'connect',
      'meeting',
      'meet',
      'call',
      // Law firms' and theatres' second round; with context only, like the rest ("Callback - plumber" has none).
      'callback',
      'meet(?: and | & )greet',
      'gesprach',
      'gesprek',
      'rencontre',
      'echange',
      'llamada',
      // Portuguese: "Ponte Recrutamento – chamada (Eng. Manutenção)", "2.ª conversa".
      'chamada',
      'conversa',
      'reunion',
      'charla',
      'kennismaking',
      '(?:erst|kennenlern)gesprach',
      // A search firm's meeting with its client: "Kerner | Klientengespräch Brandhorst Chemie – Pressesprecher (m/w/d)".
      'klientengesprach',
      'eerste gesprek',
      // An agency's or employer's first screen: "Telefonische intake Qubiqo - Cloud Engineer" (a physio's intake has no job words).
      // An agency's or employer's first screen in French, Spanish, Dutch: "Présélection : Senior Producer".
      // Catalan calls: "Laia / Marta - trucada", "videotrucada mendizábal arq".
      'trucada', 'videotrucada',
      'preselection', 'preseleccion', 'voorselectie',
      'intake(?:gesprek)?',
      // A German trial day: "Schnuppertag Blauwerk", "Probearbeitstag".
      'schnuppertag', 'kennenlerntag', 'probe(?:arbeit(?:stag|en)?|tage?)',
      // Team matching after the loop, an agency's "Intro:", a clinician's practical: "Wharfgate - practical assessment".
      'team[- ]match(?:ing)?', 'intro(?=\\s*:)', 'practical (?:assessment|session|test|exercise|interview)',
      // A kitchen's tasting cooked for the owners, a sit-down, an in-person meeting: "Tasting @ Ravenswood".
      '(?:menu )?tasting', 'sit[- ]?down', 'in[- ]person',
      // A day's immersion in the team, as a step of selection: "Journée immersion Gravelo".
      'immersion',
      // Dutch: a follow-up conversation, the terms talk that closes a selection, a day shadowing the team.
      'vervolggesprek(?:ken)?', 'arbeidsvoorwaardengesprek', 'meeloop(?:dag|ochtend|middag)', 'proefdienst(?:en)?',
      // German: getting to know each other (the team), a personal talk.
      '(?:team)?kennenlernen', 'personliche[sn]? gesprach',
      'case study',
      'appel',
      'anruf',
      'tel',
      // Spanish shorthand for the phone: "tlf animalets 10h", "tfno RRHH".
      'tlf', 'tfno', 'telf',
      'fachgesprach',
      // An Austrian public body's interview before its commission, and a German final talk ("Abschlussgespräch").
      'hearing', 'abschlussgesprach',
      // A callback, and an agency's interview with its client ("Kundeninterview OP-Zentrum …"; with context only, like the rest).
      'ruckruf', 'kunden(?:interview|gesprach)', 'klant(?:gesprek|interview)',
      'video ?call',
      'videogesprach', 'videogesprek',
      // Catalan: "trucada rrhh 17h".
      'trucada',
      'telefonat',
      'telefoongesprek',
      'telefonisch',
      'belafspraak',
      // The owner's Dutch note of a call: "Bellen Eline (Kroonwerk) - KAM Dijkstra Vloeren" (with hiring words only, like the rest).
      'bellen',
      // French, Spanish and Portuguese calls: "Visio avec …", "Videollamada con …", "Bate-papo com o time".
      'visio\\w*', 'videollamada',
      // A shadow shift or day on the unit, as a step of selection; new staff shadow too.
      'shadow(?:ing)? (?:shift|day)',
      // A trade's working round: "Ride-along - Ray V. w/ Steve", with "working interview" in the invite.
      'ride[- ]?along',
      // A pairing round ("pairing session w/ …", "pair-programming"): weak, colleagues pair too.
      'pairing(?: session| exercise| interview)?', 'pair[- ]programming', 'videoconferencia', 'bate-?papo', 'conversa', 'point (?:telephonique|rh)', 'rdv', 'rendez-vous',
    ].join('|') +
    ')\\b',
));

/** Hiring-process vocabulary: someone is applying for a job. */
export const JOB_CONTEXT = factored(new RegExp(
  '\\b(?:' +
    [
      'position',
      'role',
      'opening',
      'vacancy',
      'job (?:title|id|requisition|opening|description|posting)',
      'req(?:uisition)? ?(?:#|id|no)',
      '(?:your|the) application',
      'my application',
      'applying',
      'applied',
      'candidacy',
      // German writes a woman recruiter "Recruiterin"; and a recruitment consultant, placer or headhunter.
      'recruit(?:er(?:in)?|ing|ment)', 'personal(?:berater|vermittler)(?:in)?', 'headhunter(?:in)?',
      'talent (?:acquisition|partner|team)',
      'hiring (?:team|manager|process)',
      'bewerbung',
      'stelle',
      'candidature',
      'poste',
      'recrutement',
      'postulacion',
      'candidatura',
      'puesto',
      'vacante',
      // Catalan "posició" and "procés de selecció" fold to these less their last letter.
      'posicion?',
      'proces(?:o)? de seleccion?',
      // A Spanish recruiter's own title: "Consultora de Selección", "Técnica de Selección".
      '(?:consultor|consultora|tecnico|tecnica) de seleccion',
      'talento humano',
      'sollicitatie',
      'vacature',
      'functie',
      'werving',
      // Portuguese: a vacancy, the selection process, recruitment.
      'vaga',
      'processo seletivo',
      'recrutamento',
      // A French recruiter: "call recruteuse Helvion ??".
      'recrut(?:eur|euse)s?',
    ].join('|') +
    ')\\b',
));

/** Tool names that are also ordinary words ("lever", "gem"): they count after "scheduled via" and the like. */
export const ATS_TOOL =
  /\b(greenhouse|lever|ashbyhq|ashby|myworkdayjobs|myworkday|workday|icims|smartrecruiters|goodtime|jobvite|workable|teamtailor|bamboohr|recruitee|personio|jazzhr|paradox|modernloop|gem|taleo|successfactors|breezy|pinpoint|recruiterflow|rippling|comeet|homerun|softgarden|hirevue|avature|prelude|yello|sonru|hirepro|instahyre|darwinbox|calendly)\b/g;
/** "Scheduled via", "Powered by", "sent with": the verb that makes a tool name boilerplate. */
export const ATS_VERB =
  /\b(?:scheduled|scheduling|handled|sent|booked|powered|created|coordinated|invitation|invite|message|confirmed|organi[sz]ed|einladung|versendet|gesendet|gebucht|geplant|gepland|ingepland|verstuurd|envoyee?|planifiee?|programad[ao]|enviad[ao]|agendad[ao])\b[^\n]{0,30}\b(?:via|using|with|by|through|from|in|uber|mit|met|door|par|avec|por|mediante|con)\s*$/;


/**
 * More hiring vocabulary, kept apart from JOB_CONTEXT because its words start with common
 * letters (every "e" of a description would try "early careers") and slow that search for all
 * of them: it runs only where the gate saw one of its words. The selection process, graduate
 * schemes, and talk of the candidate's own path ("your background", "je ervaring", "votre
 * parcours", "tu trayectoria", "Ihren Werdegang", the Dutch "de rol"); travel costs a German
 * employer pays a candidate.
 */
export const JOB_CONTEXT_MORE = factored(new RegExp(
  '\\b(?:' +
    [
      'selection process', 'graduate (?:scheme|programme|program|recruitment)', 'early careers', '(?:confidential|retained) search',
      // The candidate's papers, addressed to them: "kurz zu Ihren Unterlagen".
      'unterlagen(?<=\\b(?:ihren|ihre|deinen|deine) unterlagen)',
      // An executive search is named for its job: "the board's final discussion on the CFO search".
      '(?:cfo|ceo|coo|cto|cio|cmo|chro|cro|cpo|ciso|gc|vp|svp|evp|chief [a-z]{1,12}(?: [a-z]{1,12})? officer|president|director|controller) search',
      '(?:your|je|jouw|uw) (?:background|experience|achtergrond|ervaring)', '(?:votre|ton) parcours', '(?:tu|su) (?:experiencia|trayectoria|formacion)', '(?:o )?(?:seu|teu) (?:percurso|curriculo)',
      '(?:ihren?|deinen?) (?:werdegang|erfahrung(?:en)?)', '(?:de|deze|die) rol',
      '(?:auswahl|bewerbungs)(?:prozess(?:es)?|verfahren(?:s)?)', '(?:fahrt|reise)kosten', 'selectieprocedure', 'sollicitatieprocedure',
      // A letter to the candidate ("Beste kandidaat", "Dear Applicant"), a freelancer's job.
      '(?:dear|beste|geachte|estimad[oa]|cher|chere|liebe[r]?|sehr geehrte[r]?) (?:candidate|applicant|kandidaat|kandidate|candidat[oa]?|candidate|bewerber(?:in)?)',
      'freelance (?:opdracht|missie|mission|assignment|gig)',
    ].join('|') +
    ')\\b',
));

/** Not an interview of the owner as a job candidate, whatever else the title says. */
export const NEGATIVE_TITLE = factored(new RegExp(
  '\\b(?:' +
    [
      'mock', 'practice', 'practise', 'prep', 'preparation', 'prepare', 'rehears\\w*', 'dry run', 'run[- ]?through',
      // A to-do after a round: "Write up notes - Twin Rivers phone screen".
      'write[- ]?up (?:my |the |interview )?notes',
      // A UK law firm's "Training Contract Interview" is for its trainee job; a "Training Demo" is a clinical educator's round.
      'interviewer training', 'training(?! contracts?\\b| demo)', 'clase', 'bootcamp', 'webinar\\w*', 'webinaire', 'workshop', 'masterclass', 'course', 'class',
      'podcast', 'balado', 'radio(?<!\\b(?:largo|medio|corto) radio)', 'tv', 'parent[- ]teacher', 'parents.? evening',
      // A school's interview of the family, and a child's school project: "Parent Interview (Grade 7 applicant)".
      'parents?(?: & student| and student)? interview', 'project(?<=\\binterview project)', 'magnet (?:program|school)', 'seasonal (?:group )?interviews', '(?:school|history|class|homework) project', 'homework', 'citizenship', 'naturali[sz]ation', 'visa interview', 'visado', 'embajada', 'consulado', 'ambassade', 'consulat', 'botschaft', 'konsulat',
      // A test taken alone online is no interview: "ATSC - online work sample (EL1 …)".
      'online (?:work sample|test|assessment|exam)', 'gebruikersonderzoek', 'episode',
      // Spanish and Catalan: interview prep, a mock, a podcast's episode, a feature ("reportatge"), the last day to apply.
      'preparaci(?:o|on)', 'simulacr[eo]', 'simulacao', 'conversa sobre (?:a )?proposta', 'proposta (?:de emprego|salarial)', 'episodi(?:os?|s)?', 'reporta(?:tge|je)', 'ultim[oa]? dia (?:per|para) (?:aplicar|postular|inscribir\\w*|presentar\\w*)', 'fecha limite',
      // A language test ("Prueba de inglés online", "test d'anglais en ligne"), and the assessors'
      // own invite ("Assessment Day TCP – observadores", "Azubiauswahl – Beobachter").
      '(?:prueba|examen|test|toets) (?:de |d.)?(?:nivel (?:de )?)?(?:ingles|anglais|idiomas?|langue|engels)', 'test(?<=\\b(?:english|language) test)', 'taaltoets',
      'observers', 'observador(?:es|as)', 'observat(?:eurs|rices)', 'beobachter(?:innen)?', 'waarnemers', 'evaluadores', 'evaluators',
      // A training course's module and German training words: "Leitungsqualifizierung Modul 4: Personalführung & Auswahlgespräche".
      'modul \\d+', '(?:fortbildung|weiterbildung|schulung|seminar|lehrgang)\\w*',
      // A student's own research and supervision, and the opening or briefing of an assessment day.
      'dissertation', 'afstudeer\\w*', 'bachelorproef', 'masterproef', 'scriptie', '(?:master|bachelor|afstudeer)scriptie', 'eindwerk', 'bachelorarbeit', 'masterarbeit', 'abschlussarbeit', 'memoire', 'tesis', 'tfm', 'tfg', 'trabajo de grado', 'alumni', 'u(?:e)?ben', 'hole \\w{1,7} ab', 'briefing',
      // The owner hiring help at home: "Interview dog walkers", "interviewing nannies".
      '(?:walkers?|sitters?|babysitters?|nann(?:y|ies)|tutors?|cleaners?|contractors?|plumbers?|nana|grandma|grandpa|granny|grandmother|grandfather|mom|mum|dad|mother|father|aunt|uncle)(?<=\\binterview(?:ing)? (?:\\w+ )?\\w+)', 'welcome (?:&|and|\\+) (?:briefing|(?:site )?tour|intro\\w*|placement)',
      // Taking someone else to their interview: "Noor sollicitatiegesprek … – brengen".
      // A teacher's talks with pupils' families: "Entrevista inicial familia - Yerai Santos".
      'familias?(?<=\\b(?:entrevista|reunion|tutoria)s?(?: inicial| de seguimiento)?(?: con)?(?: la| las)? familias?)', 'tutorias?',
      'brengen', 'ophalen', 'ik haal', 'ik breng', 'depose(?:r)?', 'drop[- ]off', 'pick[- ]?up', 'abholen', 'hinbringen',
      // "Llevar a Carla a su entrevista", "drive Sam to his interview".
      '(?:llevar|acompanar) a \\w+ a (?:su|la) entrevista', '(?:drive|take) \\w+ (?:to|for) (?:her|his|their) interview',
      // Clinical work: a patient's intake or admission, teaching a student, skills sign-offs.
      'patient (?:interview|intake|visit|assessment)', 'admissions? (?:visit|assessment|interview)', 'enrol(?:l)?ment (?:interview|visit|tour)',
      // A workplace inquiry the owner answers: loss prevention, an investigation, a grievance.
      'loss prevention', 'lp (?:interview|investigation|meeting)', 'disciplinary', 'grievance',
      // A career coach's open hours, and a claim for unemployment benefits.
      // The owner interviewing temps, candidates or interns: "Entretiens intérimaires - Cariste", "entretiens candidats préparateurs".
      '(?:entretiens|entrevistas|sollicitatiegesprekken) (?:avec (?:les )?|con (?:los )?|met )?(?:candidats?|candidatos|kandidaten|interimaires|stagiaires|practicantes)',
      'evaluation (?:des )?candidat\\w*', 'jury (?:cqp|d.examen|de certification)',
      // A temp agency's meeting about the owner's own needs, chasing a company, a reference given.
      'besoins (?:en )?(?:interim|personnel|effectifs)', 'relancer', 'relance', 'afwerken', 'updaten', 'unterlagen', 'nabellen', 'navragen', 'nachfassen', 'appel references?',
      // A car's service at the garage: "Entretien Clio - Garage du Pont".
      'garage (?:du|de|des)', 'controle technique', 'pneus',
      // Work to hand in ("Cargora - cas pratique à rendre"), and an agency selling the owner's
      // employer its services for interns and apprentices.
      'rendre(?<=\\ba rendre)', 'rendre(?=\\s+(?:(?:l.|le|la|les|son|mon|ma|mes)\\s*)?(?:etude de cas|cas pratique|devoir|exercice|test))', '(?:stagiaires|alternants|apprentis)(?<=\\brecrutement (?:de |des )?(?:stagiaires|alternants|apprentis))',
      // A workshop about interviews: "Taller: la entrevista de trabajo"; Spain's employment office's intake.
      'taller(?=\\s?:)', 'taller (?:de|sobre) (?:la |las |el )?(?:entrevistas?|empleo|busqueda|cv|curriculum|linkedin|orientacion)', 'entrevista ocupacional', 'sepe',
      'office hours', 'ui claim', 'unemployment', 'pole emploi', 'france travail', 'entretien de situation', 'actiris', 'le forem', 'entretien de suivi', 'permanence', 'jobcenter', 'arbeitsagentur',
      // The offer's call, the first day's welcome, an errand.
      'good news', 'welcome aboard', 'shopping',
      // A security clearance's steps: the forms, the investigator's subject interview, the polygraph.
      'sf-?86', 'e-?qip', 'polygraph', 'subject interview', 'background investigation',
      // A social worker's interviews of clients and a counselling technique: "Forensic interview - observe",
      // "Kinship home assessment interview", "CEU: Motivational Interviewing".
      'forensic interviews?', 'kinship', 'home (?:assessment|study|visit)', 'motivational interviewing', 'ceus?',
      // A professional licence's steps: "PEO ERC interview (experience review)", "licensing interview".
      'experience review', 'licen[cs](?:e|ing) (?:interview|exam\\w*|review)',
      // Recruiting events and places of study, not jobs.
      'mixer', 'fellowship', '(?:phd|doctoral|mba|masters?) (?:program|programme|admissions?)', 'precept\\w*', 'press (?:interview|call|briefing|conference)', 'media (?:interview|availability|request)', 'journalist', 'reporter',
      'exit interview', 'exit survey', 'offboarding', 'informational', 'info(?:rmation)? session', 'info interview', 'info call', 'appel info\\w*',
      // A career adviser's talk ("Gratis loopbaangesprek"), a performance review and an exit interview in Spanish.
      'loopbaan\\w*', 'entrevista de (?:salida|evaluacion|desempeno)', 'evaluacion del desempeno', 'coffee chat', 'coffee',
      // "Café con Raúl" (a café named in a title after other words may be the employer), a rehearsed
      // interview (a sales role-play is a round), a child's tutor.
      '^cafe', 'role[- ]?play (?:(?:job|mock|practice) )?interview', 'con (?:la|el) tutora?',
      'user (?:research|interview|study|testing)', 'ux research', 'usability', 'research[- ](?:session|study|interview|call)',
      'customer (?:interviews?|discovery)', 'stakeholder interviews?', 'spotlight', 'reference (?:check|call|interview)',
      // The owner as someone's reference: "Appel de référence pour Yannick Roux", "Referentiegesprek".
      '(?:appel|entretien|prise|llamada) de references?', 'referentiegesprek', 'referenzgesprach',
      // A reminder about one's referees: "Ask Funmi re reference (Moorfield)", "email Dana about a reference".
      'referen(?:ce|ces|ee|ees)(?<=\\b(?:re|about|for) (?:an? |my |the )?referen(?:ce|ces|ee|ees))',
      // A selection's tests that are no interview: "Written Examination", "Physical Agility Test (PAT)"; Spain's public
      // competitive exams ("Opos: caso práctico tema 41", oposiciones), read below.
      'written (?:exam\\w*|test|assessment)', '(?:epreuve|examen|test) ecrite?', '(?:prueba|examen) escrit[oa]', 'schriftliche[rn]? (?:prufung|test)', 'schriftelijke (?:test|toets|proef)',
      // Sales research and a researcher's interviews: "Win/Loss Interview: …", "Entretien de recherche – thèse".
      // An adjuster's or investigator's interviews: "Claimant interview - J. Novak", "Recorded statement – witness".
      // ("witness" is read from "statement": "wit" starts "with").
      // A selection's paper stage and the task of booking a slot: "ORI sift result", "Book DSE interview slot on CSJ".
      'sift(?:ing)?',
      // Job fairs in Dutch and German: "Banenbeurs Logistiek & Supply Chain Rijnmond", "Karrieremesse".
      'banenbeurs', 'jobbeurs', 'carrierebeurs', 'jobmesse', 'karrieremesse', 'book (?:an? |my |the |your )?(?:[\\w-]+ ){0,2}(?:slot|slots)',
      // Arranging an interview or asking for a result: "… para cuadrar día de entrevista", "preguntar resultado prueba técnica".
      'para (?:cuadrar|concretar|agendar|fijar|programar|confirmar) (?:el |la )?(?:dia|fecha|hora)', 'preguntar (?:por )?(?:el )?resultado', 'test results?',
      // A condo board interviewing property managers: "Condo board - interviews w/ property mgmt companies".
      'condo(?:minium)? (?:board|association|assoc)', '(?:firms|companies)(?<=\\binterviews? (?:w/|with) (?:[\\w-]+ ){0,3}(?:firms|companies))', 'contractors(?<=\\binterviews? (?:w/|with) (?:[\\w-]+ ){0,3}contractors)',
      // A student's placement review with both tutors.
      'suivi de stage', 'entretien (?:tripartite|de suivi)',
      'claimant(?: interview| statement)?', 'statement(?<=\\b(?:witness|recorded) statement)',
      'win[/ -]loss', '(?:entretien|entrevista)s? de (?:recherche|investigacion)', 'onderzoeksinterview', 'physical (?:agility|ability|fitness) (?:test|exam\\w*|assessment)', '(?:agility|fitness) test', 'civil service (?:exam\\w*|test)', 'opos', 'oposicio(?:n|nes|ns)', '(?:security )?clearance interview', 'debrief', 'careers? (?:fair|expo|day|evening|night|event)', 'open evening',
      'bewerbungsfrist', 'frist', 'limite(?<=\\b(?:date|fecha) limite)', 'sluit(?:ingsdatum| vandaag| morgen)?',
      // Writing the application's letter: "motivatiebrief af!", "Anschreiben Colonius".
      'motivatiebrief', 'sollicitatiebrief', 'lettre de motivation', 'anschreiben', 'cover letter', 'carta de presentacion',
      // A CV check and salary coaching, booked with a coach: "Lebenslauf-Check (45 Min)", "Gehaltsverhandlung".
      'lebenslauf\\w*', 'cv[- ]check', 'gehaltsverhandlung\\w*', 'closes', 'closing date',
      'rf[pqi]', 'pre-?bid', 'bid (?:day|walk|review|opening|meeting)', 'expo', 'consultation', 'job fair', 'fair(?<=\\b(?:hiring|recruitment|recruiting) fair)', 'exhibitor', 'meetup', 'networking', 'screen time', 'birthday', 'deadline', 'due', 'follow[- ]?up(?!\\s+interview)',
      'thank[- ]?you', 'newsletter', 'coaching', 'mentor(?:ing|ship)?', 'resume review', 'cv review',
      'performance review', 'pramp', 'interviewing\\.io', 'simulad[ao]', 'zeitzeugen\\w*', 'familienchronik', 'oral history', // The owner drives or minds the children while a partner or child interviews: "Sanne
      // sollicitatiegesprek - kinderen ophalen", "Sarah Vorstellungsgespräch – ich hole Emil ab!".
      'abholen', 'ophalen', 'brengen', 'haal', 'bringe', 'hole(?= \\w+ ab\\b)', 'deposer?', 'recuperer?', 'pick(?:ing)? up', 'pickup', 'drop(?:ping)? off', 'drop-?off', 'recoger', 'llevo',
      // "Jordan final interview (Fenwick) - I have kids": the owner minds the children meanwhile.
      'kids(?<=\\bi (?:have|take|get|grab) (?:the )?kids)',
      'welcome', 'welkom', 'bienvenida', 'bienvenue', 'willkommen', 'simulacre', 'tutora?(?<=\\b(?:amb|con) (?:la |el |le )?tutora?)', 'simulacro', 'propuesta(?: economica| salarial| laboral)?', 'simulaci(?:on|ones) de (?:la )?entrevistas?', 'probe-?interview', 'probe-?assessment\\w*', 'probe-?(?:vorstellungs|bewerbungs)gesprach',
      'judging', 'ubungs\\w*', 'simulation', 'simu', 'oefen\\w*', 'doorlopen', 'doornemen', 'proefinterview', 'austrittsgesprach', 'entretien (?:de depart|annuel)',
      // A French mock interview, a pharmacist's patient consultation, a recruiter's feedback on a round.
      'entretiens? blancs?', 'entretiens? pharmaceutiques?',
      // A disciplinary hearing ("entretien préalable"), a trainee's review, a patient's education session.
      'entretiens? prealables?', 'entretien (?:de )?(?:mi-?|fin de )stage', 'entretien (?:de |d.)?(?:diagnostic educatif|education therapeutique|bilan educatif)', 'retour (?:d.)?entretien', 'journaliste',
      'exitgesprek', 'jahresgesprach', 'mitarbeitergesprach', 'reminder', 'research (?:[\\w&\'-]+ ){1,3}before', 'apply (?:to|for)', 'aplicar (?:a|para|en)', 'cierra(?: hoy| manana)?',
      // A shift the owner keeps free of interviews: "Buen Fin: turno extendido (no agendar entrevistas)".
      '(?:agendar|programar) entrevistas(?<=\\b(?:no|sin) (?:agendar|programar) entrevistas)',
      'application deadline', 'send (?:thank|follow|note|email)', '^e-?mail(?= \\w)', '^mail(?= \\w)',
      // Withdrawing an application: "Mail Portline – sollicitatie intrekken".
      'sollicitatie intrekken', 'retirer ma candidature', 'retirar (?:mi )?candidatura', 'envoyer', 'enviar', 'entrega(?:r)?', 'versturen', 'verschicken', 'abschicken',
      // A firm's recruiting evening, an open house, a career adviser's session.
      'soiree (?:rencontre|recrutement|d.information|portes ouvertes)', 'portes ouvertes', '(?:rendez-vous|rdv) conseil', 'movie', 'film', 'cinema', 'premiere',
      'health screening', 'screen (?:repair|replacement|protector)', 'accompagnement', 'outplacement', 'registration', 'nutzerstudie', 'nutzertest', 'feedback', 'feedback ?gesprek', 'feedbackgesprach',
      'formation(?=\\s*:)', 'entretien motivationnel', 'als (?:fach)?interviewer(?:in)?', 'credito hipotecario', 'hipoteca', 'mortgage', 'hypotheek', 'pret immobilier', 'bilan de competences', 'atelier(?<!\\b(?:visite|tour) (?:de l.|d.|l.)?atelier)', '(?:my|our) (?:backfill|replacement)', 'doctor', 'dentist', 'vaccin\\w*', 'flu shot', 'therapy',
      '(?:before|after|ahead of) (?:the |my |your |an? )?(?:[\\w&\'-]+ ){0,3}(?:interviews?|oral boards?|on-?site|screen|call|\\w*gesprach\\w*|\\w*gesprek\\w*|entrevistas?|entretiens?)',
      // Reading up on the employer first: "Research BMT voor technisch gesprek" (not "Research Scientist interview").
      'research(?<=^research) (?:[\\w&\'-]+ ){0,3}(?:voor|before|avant|vor|antes de)\\b',
      // The same, in French, Spanish, German and Dutch: "Brief avant entretien Sorelia".
      '(?:avant|apres|suite a|antes de|despues de|vor dem|nach dem|voor het|na het) (?:l.|le |la |mon |ma |votre |son |mi |su |la |dem |het )?(?:[\\w&\'-]+ ){0,2}(?:entretiens?|entrevistas?|\\w*gesprach\\w*|\\w*gesprek\\w*)',
      'offer (?:call|discussion|review|letter|negotiation)', 'offer', 'proposition', 'aanbod', 'negotiation', 'onboarding', 'pre-?boarding', 'propuesta (?:economica|salarial)', 'oferta (?:economica|laboral|salarial)', 'arbeidsvoorwaarden(?:gesprek|bespreking)', 'vertragsgesprach', 'vertragsangebot', 'vertragsverhandlung\\w*', 'pre-?employment (?:checks?|screening|medical|physical|drug \\w+|id|documents?)', '(?:id|identity|right to work|dbs) checks?', 'scoping (?:call|session|meeting)', '(?:quick|status) update', 'de admision', 'orientation', 'first day',
      'start date', 'contract signing', 'background check', 'drug test',
      // The same, and the pre-employment medical, in German, French, Spanish and Dutch.
      'vertragsunterzeichnung', 'vertragsunterschrift', 'signature du contrat', 'firma (?:del?|de la) contrato', 'contractondertekening', 'einstellungsuntersuchung', 'visite medicale', 'examen medico', 'aanstellingskeuring',
      'vorbereitung', 'preparacion', 'preparar', 'preparer', 'prepa', 'voorbereiding', 'voorbereiden', 'entrainement', 'ensayo',
      'oefening', 'nachbereitung', 'besprechung vorbereiten', 'practica',
      // Career guidance sessions (they rehearse interviews), and auditors interviewing staff.
      'loopbaanbegeleiding', 'loopbaancoaching', 'bewerbungstraining', 'jobcoaching', 'career coach\\w*',
      'process walkthrough', 'walkthrough interviews?', 'audit (?:interviews?|walkthroughs?|fieldwork|kick-?off|planning)',
      // "Entretien" is also upkeep (a boiler, a car), and user research has its French names.
      // A car's service at its mileage: "Entretien Clio (révision 60 000 km)".
      'revision(?= \\d)',
      'entretien (?:de la |de l.|du |des )?(?:chaudiere|voiture|vehicule|velo|moto|scooter|jardin|climatisation|clim|piscine|toiture|ramonage)',
      '(?:entretien|test|etude) utilisateurs?', '(?:estudio|test|prueba|entrevista)s? (?:de|con) usuarios?', 'estudio remunerado', 'bezahlte studie', 'ux[- ](?:studie|study|test|interview)', 'aufwandsentschadigung', 'ruckmeldung', 'terugkoppeling', 'apply', 'fact[- ]finding',
    ].join('|') +
    ')\\b',
));

/** The owner sits on the interviewing side: scorecards, interview kits, "you are scheduled to interview". */
export const INTERVIEWER_SIDE = factored(new RegExp(
  '\\b(?:' +
    [
      'you are scheduled to (?:interview|phone screen|screen|meet with)',
      'you(?: are|.re) (?:on|part of) (?:the|a|this) (?:interview |hiring )?panel',
      'interview kit', 'scorecards?(?<!\\b(?:no|without) scorecards?)', 'rubric', 'bewertungsbogen', 'beurteilungsbogen', 'submit (?:your|the) (?:feedback|evaluation)',
      'candidate (?:packet|feedback|evaluation)', 'interview(?:er)? guide', 'score ?sheets?', 'volunteering to interview',
      // The owner's note of who sits at the tables: "Me + Destiny + Kevin interviewing".
      'interviewing(?<=\\bme (?:(?:\\+|&|and) [a-z]+ ){1,3}interviewing)',
      // A board member's note: "3 packets: SPC Tolliver, SGT Corcoran …", "read packets before".
      'packets(?<=\\b(?:\\d+|read|review|reviewing|candidate|candidates.) packets)', 'hiring panel(?<!(?:by|meet|with|before|to|for) the hiring panel)',
      'as a reference', 'reference check',
    ].join('|') +
    ')\\b',
));

/** Conversations that are not hiring: press, research studies, coaching, networking, practice. */
export const NOT_HIRING_BODY = factored(new RegExp(
  '\\b(?:' +
    [
      '(?:on|off) (?:the )?record', 'reporter', 'journalist', 'for (?:our|the|my) (?:story|article|podcast|show|episode|newsletter)',
      // An outplacement firm's programme, paid by the employer the owner leaves.
      'outplacement', 'career transition (?:program|programme|services?|coach(?:ing)?)', 'separation package',
      // A writer's piece that quotes the owner: "Kendra's writing a piece on customer success careers".
      '(?:piece|story) (?:on|about)(?<=\\bwriting a (?:piece|story) (?:on|about))', 'quoting me',
      'as a guest', 'reportaje', 'reportage', 'ter nalezing', '(?:ons|notre|nuestro) dossier (?:over|sur|sobre)', 'episode', 'gift card', 'incentive', 'paid study', 'research (?:study|session)', 'usability',
      // Not a webinar the owner made as a work sample ("have the onboarding-webinar sample ready").
      'registering for', 'webinar(?![- ]samples?\\b)', 'practice (?:interview|case)s?',
      // A student paper's interview of the owner.
      '(?:student|school|campus|college) (?:news)?paper', 'mock interview', 'each of you interviews',
      // The owner's note of a reporter's questions: "Noah from The Tartan is interviewing me about the conference".
      'interviewing me about(?! (?:the|a|an|my|this|that) (?:[\\w-]+ ){0,3}(?:role|position|job|opening|vacancy)\\b)',
      // Coaching and mentoring, unless listed among the topics of an interview ("Focus: leadership, mentoring").
      '(?<![,:/&+] |\\band |\\bor )coaching', 'exit interview', 'offboarding', 'informational (?:chat|interview)', 'alumni', '(?<![,:/&+] |\\band |\\bor )mentor(?:ing|ship)',
      // Not a technical topic: "Linux/networking troubleshooting", "networking fundamentals".
      'networking(?<![/&]\\s?networking)(?! (?:troubleshooting|fundamentals|concepts|protocols|stack|issues|design|engineer\\w*|skills|basics|questions|knowledge))', 'voucher', '(?:our|this) research', 'user researcher', 'artikel', 'zitate', 'periodista', 'articulo', 'journaliste', 'verslaggever', 'themanummer', 'vakblad', 'fachzeitschrift', 'votre accompagnement',
      // An informal chat before applying: "purely informal and does not form part of the selection process".
      'be our guest', 'studio(?<=\\b(?:podcast|recording|radio) studio)', 'participant interviews?', 'research participants?',
      // An agency's general catch-up: "No specific role yet, just want to get to know you".
      'specific (?:role|position|vacancy|job|opening)(?<=\\bno specific (?:role|position|vacancy|job|opening))',
      // "Rien d'officiel, juste un café virtuel … avant que tu envoies ta candidature".
      'rien d.officiel',
      // The same in Dutch and German ("Geen specifieke vacature op dit moment"), and a chat that
      // "isn't part of a hiring process"; a research panel's fee ("Vergoeding: €40").
      'specifieke (?:vacature|functie|rol)(?<=\\bgeen specifieke (?:vacature|functie|rol))', 'konkrete (?:stelle|position|vakanz)(?<=\\bkeine konkrete (?:stelle|position|vakanz))',
      'part of (?:a|an|any) (?:formal )?(?:selection|interview|recruitment|assessment|hiring) (?:process|loop)(?<=(?:\\bnot|n.t) part of (?:a|an|any) (?:formal )?\\w+ (?:process|loop))',
      'vergoeding(?=:? ?(?:van )?€)',
      // After the offer: "this isn't part of any evaluation" (not a lunch "not part of the evaluation" on a finalist's day).
      // And a meal of its own on a finalist's day: "This is an informal conversation and is not part of your evaluation".
      'part of (?:a|an|any|the|your) (?:formal )?(?:evaluation|assessment)(?<=\\b(?:this|it|conversation|chat|lunch|dinner|coffee)(?: and)? (?:isn.t|is not) part of (?:a|an|any|the|your) (?:formal )?(?:evaluation|assessment))',
      'purely informal', 'part of shortlisting(?<=(?:\\bnot|n.t) part of shortlisting)', 'part of the (?:formal )?(?:selection|interview|recruitment|assessment|hiring) (?:process|loop)(?<=(?:\\bnot|n.t) (?:form |forming )?part of the (?:formal )?\\w+ (?:process|loop))',
    ].join('|') +
    ')\\b',
));

/**
 * More of NOT_HIRING_BODY, in a pattern of its own with its own gate bit: its words ("class",
 * "offer", "hiring") are common, and inside the main pattern they made it search far more texts.
 */
export const NOT_HIRING_MORE = factored(new RegExp(
  '\\b(?:' +
    [
      // An organisation interviewed for a grant, a radio segment, a contact who says there is no job.
      'grant (?:round|cycle|application|proposal|request)s?', 'on[- ]air(?<!&\\son[- ]air)', 'studio(?<=\\bin[- ]studio)', 'mic check', 'photographer', 'isn.t an? (?:formal )?interview', 'fotograf(?:[oa]|in)?', 'photographe', 'agit pas d.un (?:entretien|recrutement)', 'trata de una entrevista(?<=\\bno se trata de una entrevista)',
      'kein (?:vorstellungs|bewerbungs)gesprach', 'geen sollicitatiegesprek',
      // A training course's booking ("Course: … Delegate: Eleanor Whitfield"); a visit of the owner's new team "ahead of your September start".
      'delegate(?=\\s*:)', 'ahead of your (?:\\w+ )?start(?: date)?',
      // A school's or firm's portrait of the owner ("Interview pour le portrait … du magazine"), and user interviews in French order.
      'portrait(?<=\\b(?:pour (?:le|un|notre)|for (?:the|a|our)) portrait)', 'magazine(?<=\\b(?:du|de notre|for (?:the|our)|fur (?:das|unser)|voor (?:het|ons)) magazine)',
      'utilisateurs?(?<=\\b(?:interviews?|entretiens?) utilisateurs?)',
      // The same in German and Dutch: "Teilnahme an unserer Nutzerstudie", a study's "Aufwandsentschädigung".
      'nutzer(?:studien?|forschung|tests?|interviews?)', 'gebruikers(?:onderzoek|tests?|interviews?)', 'aufwandsentschadigung',
      // A contract's terms after the offer: "die Eckpunkte des Vertragsangebots", "den Vertragsentwurf".
      'vertragsangebot(?:s|es)?', 'vertragsentwurf(?:s|es)?',
      // A class interviewing a guest: "Students will interview Dr. Imani Clarke".
      '(?:students|pupils|kids|class) (?:will )?interview',
      // The owner chaperones students on a job-shadow or field trip.
      'chaperon(?:e|es|ing)',
      // The call after the last round: "walk you through next steps and the offer details" (not
      // "last step before we talk offer details").
      'offer (?:details|letter|package|terms)(?<!\\bbefore [^.\\n]{0,40}offer \\w+)',
      // The same in Spanish and French: "te mando la carta de oferta", "la lettre d'offre" (not "antes de la carta de oferta").
      'carta de oferta(?<!\\b(?:antes de|previa a) [^.\\n]{0,40}carta de oferta)', 'lettre d.offre(?<!\\bavant [^.\\n]{0,40}lettre d.offre)', 'offer(?<=\\bthrough (?:our|the|your)(?: verbal| written| formal| job)? offer)',
      // "walk you through the details of the offer (comp, bonus, start date)", not "before we discuss the details of the offer".
      'offer(?<=\\bdetails of (?:our|the|your|this)(?: verbal| written| formal| job)? offer)(?<!\\bbefore [^.\\n]{0,40}offer)',
      // The team an offer's holder meets "before you decide on our offer".
      'offer(?<=\\b(?:decide on|deciding on|consider|considering|accept|accepting|weigh|weighing) (?:our|the|your|this) offer)',
      // "walk you through the details live (comp, equity, start date)": the offer itself.
      'equity\\W{1,3}(?:and\\W)?start date(?<=\\b(?:comp|compensation|salary)\\W{1,3}equity\\W{1,3}(?:and\\W)?start date)',
      // The call after the last round: "so I can share the team's decision and some feedback".
      'decision(?<=\\b(?:share|give you|tell you|let you know|walk you through) (?:the |our |my |a |the team.s )?decision)',
      // The team an offer's holder meets "before you make your decision".
      'decision(?<=\\bbefore you (?:make|reach|take) (?:your|a|the) decision)',
      // The call after it: "to chat through the outcome of your interview".
      'outcome of your (?:interview|application)',
      'hiring(?<=\\b(?:aren.t|are not|not currently|isn.t|is not|we.re not) hiring)',
      // A student's interview of a professional for coursework: "… interview you for my HMGT 2100 assignment".
      '(?:assignment|homework|coursework|thesis)(?<=\\b(?:for|in) (?:my|our) (?:[^.\\n]{0,40} )?\\w+)',
    ].join('|') +
    ')\\b',
));

/**
 * The invite calls the meeting a step of the hiring process: "this will be our first-round
 * interview", "the first step in our interview process", "the final step for the Account
 * Supervisor role", "informal but it IS an interview", "letzter Teil unseres Auswahlprozesses".
 * Read (folded) only for events it could tip over (scoreEvent), so it needs no gate.
 */
export const PROCESS_STEP = factored(new RegExp(
  '\\b(?:' +
    [
      '(?:first|second|third|next|last|final|1st|2nd|3rd) (?:step|stage|part|round) (?:in|of|for) (?:our|the|your|this) (?:[\\w&\'’-]+ ){0,3}?(?:process|role|position|job|opening|search|vacancy)',
      // "As discussed, the next step is a portfolio review with: …", "Next step for the Head of Lending Partnerships role: …".
      'the next step (?:is|will be) (?:an?|the|your) ', 'next step (?:for|in) (?:the|your|our) (?:[\\w&\'’,-]+ ){0,5}(?:role|position|process|application)',
      'it (?:is|will be) an interview', 'treat (?:it|this) (?:as|like) an? (?:real |formal |proper )?interview', 'this (?:is|will be) (?:an|your|our) (?:(?:first|second|third|final)[- ]round |formal )?interview',
      // "Think of it as the second round, just less formal."
      '(?:think of (?:it|this) as|(?:it|this) (?:is|will be)) (?:the|our|your) (?:first|second|third|final|next|last) (?:round|interview|stage)',
      // "part of the interview process for Nurse Manager" ("not part of …" is NOT_HIRING_BODY's, read first).
      'part of (?:the|our|your) (?:interview|hiring|selection|recruitment) process',
      '(?:our|your) (?:first|second|third|final|1st|2nd|3rd)[- ]round interview',
      '(?:erster|ersten|erste|zweiter|zweiten|zweite|letzter|letzten|letzte|nachster|nachsten|nachste) (?:teil|schritt|runde|stufe) (?:unseres|unserer|in unserem|im|des|der) (?:[\\w-]+ )?(?:\\w*prozess\\w*|\\w*verfahren\\w*)',
      '(?:premiere|deuxieme|derniere|prochaine) (?:etape|phase) (?:de notre|du|de ce|de votre) (?:processus|process|recrutement)',
      '(?:primera|segunda|ultima|siguiente|proxima) (?:etapa|fase) (?:de nuestro|del) proceso',
      // "Enhorabuena por haber llegado a la última fase".
      '(?:ultima|siguiente|proxima|final) (?:etapa|fase)(?<=\\b(?:llegado|pasado|pasas|avanzado|avanzas) a la (?:ultima|siguiente|proxima|final) (?:etapa|fase))',
      '(?:eerste|tweede|laatste|volgende) (?:stap|ronde|fase) (?:(?:in|van) (?:de|onze|het|deze) )?(?:\\w*procedure|\\w*proces)',
      // A step before the decision: "Voordat de commissie een definitief besluit neemt, …".
      'voordat (?:de commissie|wij|we) (?:een )?(?:definitief )?besluit',
      '(?:eerste|tweede|derde|laatste|volgende) selectie(?:stap|ronde|fase|proef)',
      // "Our process starts with an informal interview over coffee"; "als letzten Schritt möchte Sie
      // unser Geschäftsführer … kennenlernen": the employer says where in its process the meeting sits.
      '(?:our|the) (?:hiring |interview |selection |recruitment )?process (?:starts|begins|opens) with an? (?:[\\w-]+ ){0,2}(?:interview|conversation|chat|call)',
      // "a few remaining questions … before we make a decision on the Operations Planner position".
      '(?:before|until) we (?:make|reach|take) (?:a|our|the|any) (?:final )?decision (?:on|about|for) (?:the|your|this)',
      // An agency meets the candidate before presenting them to its client: "bevor wir Ihre Unterlagen unserem Klienten … präsentieren".
      'bevor wir (?:sie|ihre unterlagen|ihr profil|ihre bewerbung) (?:unserem|unserer|dem|der) (?:klienten|kunden|mandanten|auftraggeber)',
      'before (?:we )?(?:present|introduce)(?:ing)? (?:you|your (?:profile|cv|resume)) to (?:our|the) client',
      // "I'd like to do a quick screen before I submit you": an agency's screen for its client's job.
      'before (?:i|we) (?:submit|put forward|send over) (?:you|your (?:profile|cv|resume|details))',
      // A recruiter's call to present a post: "je vous appellerai lundi … pour vous présenter le poste", "avant de transmettre votre dossier à la cadre".
      'vous (?:appelle(?:rai)?|contacte(?:rai)?|telephonerai) [^.\\n]{0,60}?pour vous presenter (?:le|un|ce|notre) poste',
      'avant de (?:transmettre|presenter) votre (?:dossier|candidature|profil|cv) (?:a|au|aux)',
      '(?:call|ring|phone) you [^.\\n]{0,40}?to (?:walk you through|tell you (?:more )?about|present|introduce) (?:the|this|a|our) (?:role|position|opportunity|opening|job)',
      // A job's "oferta" is "una oferta (nueva)"; "la oferta (salario, horario …)" is the offer made after the interviews.
      'te llam(?:o|are|ara) [^.\\n]{0,40}?para (?:presentarte|contarte|hablarte de) (?:(?:el|la|este|esta|una?) (?:\\w+ )?(?:puesto|posicion|vacante)|una (?:\\w+ )?oferta)',
      // "… para ver si encajas antes de presentarte al cliente".
      'antes de presentarte (?:a|al|a nuestro) (?:cliente|empresa)',
      // "Lark & Vine would like to meet you in person!": an employer, through its recruiter, asks to meet the candidate.
      '(?:would|\'d) (?:like|love) to meet you (?:in person|on-?site|at (?:our|the|their) (?:office|offices|showroom|studio|hq))',
      // "As a next step, let's meet in person at the showroom": the employer's next step is this meeting.
      'as (?:a|the|our) next step,? (?:let.s|let us|we.d like to|i.d like to|we would like to|i would like to) (?:meet|get together|sit down|grab (?:a )?coffee)',
      // "letzter Schritt: Fabian … möchte dich noch kennenlernen".
      '(?:letzter|nachster|erster|zweiter) schritt(?= ?:)', 'mochte (?:dich|sie) (?:noch |gerne? |auch )?(?:personlich )?kennenlernen',
      'als (?:letzten|nachsten|ersten|zweiten) (?:schritt|baustein)',
      // "letzter Schritt vor einem möglichen Angebot", "the last step before an offer": the round before the decision.
      '(?:letzter|nachster) schritt vor (?:einem|dem|der|unserer) (?:moglichen |finalen )?(?:angebot|vertragsangebot|entscheidung)', 'last step before (?:an?|the|any|our) (?:possible |potential |formal |final )?(?:offer|decision)',
      // "Das Team hat natürlich ein paar Fragen an dich": the employer's people question the candidate.
      '(?:hat|haben) (?:sicher |naturlich |bestimmt |auch )?(?:ein paar|einige) fragen an (?:dich|sie)', 'como (?:ultimo|siguiente|primer|segundo) paso', 'comme (?:derniere|prochaine|premiere) etape', 'als (?:laatste|volgende|eerste) stap',
    ].join('|') +
    ')\\b',
));

/**
 * A round the invite says is for a named job: "Final round for Head of Finance & Operations",
 * "second interview for the Senior Accountant position", "screening call for 6-mo contract Business
 * Analyst". The words after "for" are the job
 * when ROLE_NOUN finds one in them (see roundForAJob). Read only where it could tip the decision.
 */
export const ROUND_FOR =
  /\b(?:(?:first|second|third|fourth|final|next|last|1st|2nd|3rd|4th)[- ](?:round|stage|interview)s?|(?:phone |quick |short )?screening call|(?:phone |quick |short )?screen) for (?:the |our |your |an? )?([^.\n;:!?()]{2,60})/;
/**
 * "Quick call about the Corporate Pilot opening", "time to talk through the Merchandise Planner search",
 * "Hi Kenji - re: the Senior Infrastructure Engineer role": an employer's talk about a job ROLE_NOUN names (the group).
 */
export const TALK_ABOUT_JOB =
  /\b(?:(?:call|chat|talk|conversation|speak|connect) (?:about|regarding|re|through)|this is (?:for|about|regarding)|re:) (?:the|our|your|an?) ([^.\n;:!?()]{2,50}?) (?:opening|position|role|vacancy|job|search)\b/;

/**
 * A title that hides what the entry is ("Hold", "Busy", "Personal appt", "RDV perso"): on a work calendar a
 * candidate keeps an interview's details in the description, and the description speaks for it.
 */
export const PLACEHOLDER_TITLE =
  new RegExp(
  '^(?:' +
    [
      'on hold', 'hold', 'busy', 'blocked', 'block', 'private', 'personal', 'personal (?:appt|appointment|time)', 'appt', 'appointment', 'tentative', 'unavailable', 'do not book', 'placeholder',
      // The same cover in the other languages: "RDV perso", "Privattermin", "Asuntos propios", "Privé afspraak".
      '(?:rdv|rendez-vous) (?:perso|personnel|prive)', 'perso', 'prive', 'indisponible', 'occupee?',
      'privattermin', '(?:termin )?privat', 'privater termin', 'personlicher termin', 'geblockt', 'blocker',
      'asuntos? (?:personal|personales|propios?)', 'cita personal', 'privado', 'ocupad[oa]', 'no disponible',
      '(?:prive|persoonlijke) afspraak', 'afspraak', 'bezet', 'geblokkeerd', 'termin', 'cita', 'rdv', 'rendez-vous',
    ].join('|') +
    ')$',
);

/**
 * A news outlet in the title: "Interview with the Harbor Gazette" is press, not hiring (an airline's "Largo Radio", long haul, is no radio).
 * The names by their ending ("Lokalanzeiger", "Stadtbote") come last, in one group: each matches a whole word, so no other
 * alternative could match the same text differently, and one search back over the word serves them all.
 */
export const NEWS_OUTLET =
  factored(/\b(?:news|times|post|journal|gazette|monthly|quarterly|insider|tech review|law review|courier|dispatch|inquirer|examiner|sentinel|herald|tribune|chronicle|ledger|daily|weekly|magazine|radio(?<!\b(?:largo|medio|corto) radio)|tv|television|channel|fm|press|blog|newsletter|podcast|show|broadcast|periodico|diario|journal de|omroep|magazin|zeitschrift|revista|tijdschrift|revue|redaktion|redaccion|redactie|canal \d{1,3}|\w*(?:anzeiger|tagblatt|rundschau|zeitung|krant)|\w+bote)\b/);

/** Recurring team rituals: present on a work calendar, never a candidate's interview. */
export const ORDINARY_MEETING =
  factored(/\b(?:standup|stand-up|1:1|one[- ]on[- ]one|all[- ]hands|town ?hall|sync|retro(?:spective)?|sprint|planning|qbr|business review|offsite|lunch|dinner|drinks|party|happy hour|cycle count|inventory|(?:staff|store|team|department|dept|shift|crew|safety) meeting|huddle|toolbox talk)\b/);

/** Titles of job roles; tells "Data Analyst" from "Dinner with Alex". */
export const ROLE_NOUN = factored(new RegExp(
  '\\b(?:' +
    [
      'engineer\\w*', 'developer', 'analyst', 'scientist', 'designer', 'manager', 'director', 'architect', 'consultant',
      'specialist', 'coordinator', 'associate', 'administrator', 'officer', 'lead', 'head of', 'intern(?:ship)?',
      'representative', 'assistant', 'accountant', 'advisor', 'technician', 'researcher', 'writer', 'editor', 'vp',
      'president', 'executive', 'strategist', 'planner', 'operator', 'nurse', 'teacher', 'programmer', 'sre', 'devops',
      'marketer', 'product owner', 'controller', 'clerk', 'supervisor(?:a)?', 'agent',
      // The C-suite by its letters: "Brightwater CFO - board conversation".
      'cfo', 'ceo', 'coo', 'cto', 'cio', 'cmo', 'chro', 'cro', 'ciso',
      'coach', 'trainer(?:in)?', 'instructor', 'counselor', 'counsellor', 'educator', 'professor', 'lecturer',
      'ingeniero', 'ingeniera', 'analista', 'desarrollador\\w*', 'disenador\\w*', 'gerente', 'jefe', 'coordinador\\w*',
      'entwickler\\w*', 'spezialist(?:in)?', 'ingenieur\\w*', 'berater\\w*', '(?:projekt|team|abteilungs|bereichs|gruppen)?leiter\\w*', '(?:klassen|fach|primar)?lehr(?:person|kraft|er(?:in)?)', '(?:system|anwender)betreuer(?:in)?', '(?:it-)?supporter(?:in)?',
      // A post named by what it leads, as German job ads name it without a gender: "Kitaleitung",
      // "stellv. Leitung", "Kita-Ltg", "Filialleitung".
      '(?:kita|team|projekt|abteilungs|bereichs|gruppen|filial|pflegedienst|produktions)-?(?:leitung|ltg)', 'leitung(?<=\\bstellv\\. leitung|\\bstellvertretende leitung)', 'directora', 'arquitect[ao]s?', 'rezeptionist(?:in)?', 'receptionist', 'recepcionista', 'receptionniste', 'concierge', 'presse(?:sprecher|referent)(?:in)?', 'referent\\w*', 'sachbearbeiter\\w*',
      'analyste', 'ingenieure?', 'developpeu\\w*', 'gestionnaire', 'conseill(?:er|ere)', 'attache', 'collaborat(?:eur|rice)', 'pflegefach(?:kraft|frau|mann)', 'krankenpfleger\\w*', 'chef(?:fe)? de (?:projet|produit|service|mission|cuisine|partie)', 'chef(?:fe)? d.equipe', '(?:sous|executive|pastry|head) chef', 'responsable', 'charge\\w* de',
      'medewerker', 'deskundige', 'ontwikkelaar', 'adviseur', 'beheerder', 'analist',
      '(?:team|project|afdelings|groeps)leider', 'beleids(?:medewerker|adviseur|officer)', 'boekhouder', 'generalist',
      // Legal, finance, health and trades.
      'paralegal', 'attorney', 'lawyer', 'auditor', 'bookkeeper', 'underwriter', 'pharmacist', 'physician', 'dispatcher',
      'buyer', 'estimator', 'superintendent', 'hygienist', 'rdh', 'electrician', 'mechanic', 'machinist', 'bartender', 'cashier',
      // Aviation: "Corporate Pilot", "First Officer" (officer above), "Flight Attendant"; a pilot
      // alone is as often a trial ("pilot review") or a name ("Flight Path Pilot Consulting").
      'pilot(?<=\\b(?:corporate|airline|commercial|charter|cargo|helicopter|contract|chief|line|relief) pilot)', 'flight attendant', 'purser', 'sobrecargo', 'cabin (?:crew|manager)',
      // Games, film and design: "Environment Artist", "3D Animator".
      'artist', 'animator', 'illustrator',
      // The trades in Spanish, French, German and Dutch: "Llamada: Electricista de mantenimiento".
      'electricista', 'electromecanic[oa]', 'mecanic[oa]', 'soldador[a]?', 'tecnico', 'operari[oa]', 'encargad[oa]',
      // More Spanish posts: "Planificador de Paradas de Planta", "Jefa de Enfermería", "Contador Senior".
      'planificador(?:a)?', 'operador(?:a)?', 'contador(?:a)?', 'abogad[oa]', 'enfermer[oa]', 'asistente', 'auxiliar', 'vendedor(?:a)?', 'conductor(?:a)?', 'docente',
      'technicien(?:ne)?', 'electricien(?:ne)?', 'mecanicien(?:ne)?', 'soudeu(?:r|se)', 'elektriker(?:in)?', 'mechatroniker(?:in)?', 'techniker(?:in)?', 'monteur(?:in)?', 'elektricien', 'technicus',
    ].join('|') +
    ')\\b',
));

/** "You will be called", "dial in": the interview happens over the phone. */
export const PHONE_CUE =
  /\b(?:(?:will|'ll|’ll|shall) (?:call|phone|ring) you|call you (?:at|on)|give you a (?:ring|call)|(?:calling|call|ring) (?:you on |you at )?your (?:mobile|cell|phone)|(?:calling|calls?|ring(?:ing|s)?) (?:me on |me at )?my (?:mobile|cell|phone)|(?:please )?call (?:\w+ ){0,2}at \+?[\d(]|dial[- ]in|phone (?:interview|call|screen)|by phone|over the phone|telephone interview|te llamar|me llama|(?:me|te) marcan|belt (?:mij|me|je|u)|(?:ik|we|wij) bel(?:len)? (?:je|jou|u)|bel ik (?:je|jou|u)|llamada telefonica|entrevista telefonica|telefonisch|telefoninterview|anruf|rufe?n? (?:sie|dich) an|entretien telephonique|par telephone|vous appeller(?:a|ai|ons)|je vous appelle|te llamar[eé]|ich rufe (?:sie|dich) an|bellen)\b/;

/** In person: the candidate travels to the employer. */
export const ONSITE_CUE =
  factored(/\b(?:on-?site|in[- ]person|at our (?:office|hq|headquarters)|check in at (?:the )?(?:reception|front desk|lobby)|empfang|personlich\w*|in unser(?:em)? buro|auf kantoor|op kantoor|en (?:las |nuestras )oficinas|nuestra oficina|en (?:la|nuestra) (?:sede|planta|fabrica)|dans nos locaux|a nos bureaux|ask for \w+ at (?:the )?(?:\w+ )?(?:reception|front desk|lobby)|reception|visitor|building security|photo id|parking|vor ort|presencial|en persona|sur place|dans nos locaux|op (?:kantoor|locatie)|face[- ]to[- ]face)\b/);

/** A "Format:" or "Type:" line that states the medium outright. */
export const FORMAT_LINE = /(?:^|\n)\s*(?:interview )?(?:format|type|interview type|medium|modalidad|formato|art|modalite)\s*:\s*([^\n]{0,80})/;

/** Video products, in links and names. */
export const VIDEO_LINK =
  /https?:\/\/(?:[a-z0-9-]+\.)*(?:zoom\.us|zoomgov\.com|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|gotomeeting\.com|gotomeet\.me|bluejeans\.com|chime\.aws|meet\.jit\.si|around\.co|hirevue\.com|vowel\.com|skype\.com|riverside\.fm)\/[^\s<>"')\]]*/i;
export const VIDEO_WORD = factored(/\b(?:zoom|google meet|microsoft teams|teams meeting|teams-besprechung|webex|video ?call|videocall|video ?interview|videogesprach|videotelefonat|videollamada|videoconferencia|visio(?:conference)?|videogesprek|videoanruf|skype|whereby|hangouts?)\b/);

/** A street address or room: something you walk to. */
export const ADDRESS =
  /(?:\b\d{1,5}[a-z]? [A-Za-zÀ-ÿ' .-]{2,40}\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|way|lane|ln|pkwy|parkway|pl|place|sq|square|plaza|ct|court|hwy|highway|row|close|crescent|terrace|mews|gardens)\b|[a-zà-ÿ](?:straße|strasse|str\.|weg|platz|allee|gasse|damm|laan|straat|gracht|plein|dijk|kade|singel)\b|\b(?:calle|avenida|av\.|carrera|paseo|plaza|rue|avenue|boulevard|place|via|piazza|corso)\s+\S|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b\d+(?:st|nd|rd|th) floor\b|\b(?:floor|suite|building|campus|office|hq|headquarters|room|conf(?:erence)? rm|conference room|etage|stock|og|planta|piso|verdieping|vergaderruimte|vergaderzaal|spreekkamer|besprechungsraum|sala de (?:reuniones|juntas)|salle de r[ée]union)\b|\b[A-Z]{2} \d{5}\b|\b\d{4,5}(?: [A-Z]{2})? [A-ZÀ-Ý][a-zà-ÿ]+)/i;

/**
 * Forms of address before a person's name ("Herr Becker", "Mme Dubois", "la Sra. Olmo"), as a
 * regex alternative: each may end with a dot, and "M" (monsieur) needs one.
 */
export const FORM_OF_ADDRESS =
  '(?:(?:herrn|herr|hr|frau|fr|mr|mrs|ms|miss|dr|dra|professor|prof|chef|capt|captain|lt|sgt|cpl|det|ofc|officer|sergeant|lieutenant|detective|corporal|monsieur|madame|mme|mlle|senor|señor|senora|señora|sr|sra|srta|don|doña|dona|dhr|mevr|mevrouw|meneer|heer)\\.?|m\\.)';

/** Round names, in the order they are looked for. */
export const ROUND_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/\bon-?site\b[^\n(]{0,30}\((\d+)\s*(?:\/|of)\s*(\d+)\)/i, (m) => `Onsite (${m[1]}/${m[2]})`],
  [/\bon-?site interview (\d+) of (\d+)\b/i, (m) => `Onsite (${m[1]}/${m[2]})`],
  [/\bfinal (?:round|interviews?|panel|stage)\b/i, () => 'Final round'],
  [/\b(first|second|third|fourth|1st|2nd|3rd|4th) (?:round|stage)\b/i, (m) => `${cap(m[1] ?? '')} round`],
  [/\bround (\d|one|two|three|four)\b/i, (m) => `Round ${m[1]}`],
  [/\b(?:recruiter|hr) screen(?:ing)?\b/i, () => 'Recruiter screen'],
  [/\b(?:technical|tech) (?:phone )?screen\b/i, () => 'Technical screen'],
  [/\bphone (?:screen|interview)\b/i, () => 'Phone screen'],
  [/\b(?:hiring manager|hiring mgr|hm (?:call|chat|convo|conversation|interview|screen|round)|hm(?=\)))\b/i, () => 'Hiring manager'],
  [/\bcase interview\b/i, () => 'Case interview'],
  [/\bpanel\b/i, () => 'Panel'],
  [/\bon-?site\b/i, () => 'Onsite'],
  [/\b(?:intro(?:ductory)? call|first conversation)\b/i, () => 'Intro call'],
];

/** "second" → "Second", "MOREAU" → "Moreau". */
export function cap(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1).toLowerCase() : s;
}

/**
 * The client an agency writes about: a "Client:" line (group 1), or a phrase only an
 * intermediary writes ("our client", "my client", "im Auftrag von", "in opdracht van", "estamos
 * apoyando a", "we're partnering with", a "search we are conducting on behalf of"), then
 * the client's capitalised name, after an article and a word for a firm if any ("bei unserem
 * Kunden, der Helvexa AG", "notre client, le groupe Ferrandière").
 * It starts after no letter at all, accented ones included: the gate reads the folded text, where
 * "é" is "e", and "ékunde" holds no word "kunde" (test/detect/gate.test.ts).
 */
export const CLIENT =
  /(?<![\wÀ-ɏḀ-ỿ])(?:[Cc]lient[e]?|[Kk]unde|[Kk]lant|[Mm]andant|[Oo]pdrachtgever)\s*:\s*([^\n,(]{2,60})|(?<![\wÀ-ɏḀ-ỿ])(?:(?:[Oo]ur|[Mm]y) client|(?:[Nn]otre|[Mm]on) client|(?:[Nn]uestro|[Mm]i) cliente|(?:il )?(?:[Nn]ostro|[Mm]io) cliente|(?:[Oo]nze|[Mm]ijn) (?:klant|opdrachtgever)|(?:[Uu]nser|[Mm]ein)(?:em|en|es)? (?:Kunden|Mandanten|Klienten)|the client is|le client est|el cliente es|de klant is|der Kunde ist|[Ii]n opdracht van|[Ii]m Auftrag (?:von|der|des|(?:unseres|unserer|eines|einer) (?:Mandanten|Kunden|Klienten))|[Pp]our le compte de|(?:[Ee]stamos )?apoyando a|[Aa]compa(?:ñ|n)amos a|[Ww]e(?: are|'re|’re) (?:supporting|partnering with)|[Nn]ous accompagnons|[Ww]ir unterst(?:ü|ue)tzen|[Ww]ij ondersteunen|behalf of(?<=\bsearch (?:(?:that )?(?:we are|we're|we’re|we have been) (?:conducting|leading|running) )?on behalf of))(?:,|\s)+(?:(?:der|die|das|den|dem|de|het|la|le|el|the)\s+)?(?:(?:groupe|group|soci[ée]t[ée]|entreprise|firma|bedrijf|empresa|company)\s+)?((?:[A-ZÀ-Ý][\wÀ-ÿ&'’-]*)(?:\s+(?:[A-ZÀ-Ý][\wÀ-ÿ&'’-]*|&))*)/;

/**
 * A German job named as a compound ("Luftfahrzeugtechniker", "Softwareentwicklerin"): ROLE_NOUN's
 * words start a word, these end one; a match starts three letters before the job word. Jobs
 * only, not what a career adviser ("-berater") or a shift's lead ("-leiter") would be called in
 * the owner's own work.
 */
export const ROLE_COMPOUND = /[a-zß]{3}(?:techniker|mechaniker|mechatroniker|elektroniker|elektriker|ingenieur|entwickler|informatiker|kaufmann|kauffrau|pfleger|referent|sachbearbeiter|disponent|monteur|tester|automatisierer|manager|administrator)(?:in)?\b/;

/** What a call is about, said after the name: "ivm vacature boekhouder", "re hyg position", "concernant le poste". */
export const ABOUT_JOB = /\b(?:ivm|over de|about the|re:?|regarding|wegen der|por la|sobre la|pour le|concernant le)\s+(?:[\w'’-]+\s+)?(?:vacature|vacancy|vacante|job|position|role|opening|poste|stelle|puesto)\b|(?<=\s[-–]\s|\()(?:poste|puesto|vacature|stelle|vacante|vaga|vacancy)\b/;

/**
 * Trade words that head a name in the text and that its domain drops: "Banque Carrard & Cie"
 * (carrard.ch), "Assurances Castelmont", "Foncière Véronèse".
 */
export const TRADE_HEAD = '(?:Minera|Compa[ñn][íi]a Minera|Instalaciones|Talleres|Construcciones|Almacenadora|Almacenes|Distribuidora|Montajes|Mantenimientos|Industrias|Log[íi]stica|Privatbank|Privatklinik|Pflegedienst|Banque(?: Priv[ée]e)?|Banco|Banca|Bank|Clinique|Cl[íi]nica|Klinik|Fondation|Fundaci[óo]n|Stiftung|Stichting|Assurances|Seguros|Mutuelle|Fonci[èe]re|Groupe|Grupo|Laboratoires|Laboratorios|[ÉE]ditions|Transports|Transportes|Constructora|Ingenier[íi]a|Hypermarch[ée]s|Supermarch[ée]s|Supermercados|Magasins|Pharmacies?|Farmacias?|Embalajes|Envases|Bater[íi]as|Cer[áa]micas|Galvanizados|Papelera|C[áa]rnicas|Aceros|Forjas|Fundiciones|Estampaciones|Pl[áa]sticos|Conservas|Apotheken?|Ateliers|Usinage|D[ée]colletage|Fonderie|Imprimerie|Menuiserie|Brasserie|Brouwerij|Bakkerij|Drukkerij|Uitgeverij|Bouwbedrijf|Transportbedrijf)';
