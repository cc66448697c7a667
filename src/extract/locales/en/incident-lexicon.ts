// English incident vocabulary: trigger phrases per event type and the cue words the incident guards read.

import type { IncidentLexicon } from '../../incidents/lexicon-types.js';

const PRISON_OBJECTS = ['prison van', 'prison vans', 'prison transport', 'prison convoy', 'prisoner transport', 'prison vehicle', 'police van', 'convoy', 'prison escort', 'prison officers', 'prison guards', 'prison'];
/** A prison and its staff as the target of shots or arson (FR: the same nouns are in PRISON_OBJECTS). */
const PRISON_TARGETS = ['prison', 'prisons', 'jail', 'jails', 'lockup', 'lockups', 'penitentiary', 'prison guard', 'prison guards', 'prison officer', 'prison officers', 'prison staff'];
/** Where a bullet hit someone who lived: "hit in the side", "shot in the thigh" tell a wounded person. */
const WOUNDED_PARTS = ['side', 'arm', 'arms', 'thigh', 'thighs', 'shoulder', 'stomach', 'abdomen', 'hip', 'knee', 'knees', 'foot', 'feet', 'hand', 'buttocks', 'buttock', 'calf', 'groin', 'face', 'jaw', 'neck', 'legs', 'torso', 'pelvis', 'lower limbs', 'lower body'];
const PRISONER_NOUNS = ['prisoner', 'inmate', 'detainee', 'convict', 'trafficker', 'criminal', 'fugitive', 'gang leader', 'drug lord', 'kingpin'];

export const EN_INCIDENT_LEXICON: IncidentLexicon = {
  triggers: [
    // Prison attacks first: a killing during an attack on a prison van is one prison_attack.
    { type: 'prison_attack', phrases: ['attack on a', 'attack on the', 'attacked a', 'attacked the', 'attack a', 'attack the', 'ambush on a', 'ambush on the', 'ambush of a', 'ambush of the', 'ambushed a', 'ambushed the', 'assault on a', 'rammed',
      // "attacked his prison van": the inmate's own transport, told from his side.
      'attacked his', 'attacked her', 'attacked their', 'ambushed his', 'ambushed their', 'attack on his', 'attack on their'], near: PRISON_OBJECTS, window: 3 },
    // "fired automatic weapons at the prison", "cars of prison guards were torched", "prisons have been attacked overnight",
    // "prisons were also hit in Agen and Nanterre".
    { type: 'prison_attack', phrases: ['fired at', 'shots at', 'shot at', 'opened fire on', 'fired automatic weapons', 'fired', 'torched', 'set fire to', 'set alight', 'set ablaze', 'set on fire', 'firebombed', 'burned', 'burnt', 'were attacked', 'was attacked', 'been attacked', 'were hit', 'been hit', 'were also hit', 'were also attacked', 'targeted'], near: PRISON_TARGETS, window: 16 },
    // "the second inmate who escaped from an overcrowded prison", "fled the Dijon jail": an escape.
    { type: 'prison_attack', phrases: ['escaped from', 'escape from', 'fled the', 'broke out of'], near: ['prison', 'jail', 'penitentiary', 'detention centre', 'detention center', 'custody', 'facility'], window: 5 },
    { type: 'prison_attack', phrases: ['prison break', 'jailbreak', 'jail break', 'broke out of prison', 'escaped from prison', 'escaped from custody', 'escaped from jail', 'prison escape', 'attack on prison staff', 'attacked prison officers', 'attacked prison guards'] },
    { type: 'prison_attack', phrases: ['freed', 'freeing', 'free', 'liberate', 'liberated', 'liberating', 'break out', 'broke out', 'spring', 'sprang', 'snatch', 'snatches', 'snatched'], near: PRISONER_NOUNS, window: 5, exceptWith: ['kidnapping_extortion'] },
    // "attacked a van carrying a jailed criminal": a van is a prison van when it carries a prisoner.
    { type: 'prison_attack', phrases: ['attacked a van', 'attacked the van', 'ambushed a van', 'ambushed the van', 'attack on a van', 'attack on the van', 'rammed a van', 'rammed the van'], near: PRISONER_NOUNS, window: 6 },

    { type: 'shooting_homicide', outcome: 'death', phrases: ['shot dead', 'shot and killed', 'mortally wounded', 'fatally wounded', 'fatally injured', 'mortally injured', 'fatally hit', 'fatally shot', 'fatally stabbed', 'pronounced dead', 'declared dead', 'gunned down', 'shot to death', 'stabbed to death', 'beaten to death', 'burned alive', 'burnt alive', 'burned to death', 'riddled with bullets', 'assassinated', 'gangland killing', 'gangland murder', 'drug-related killing', 'drug-related murder', 'narco-homicide', 'narchomicide', 'found dead', 'bullet-riddled body', 'succumbed to his injuries', 'succumbed to her injuries', 'succumbing to his injuries', 'succumbing to her injuries', 'did not survive', 'didn\'t survive', 'died of his injuries', 'died of her injuries',
      'succumbed to … wounds', 'succumbing to … wounds', 'succumbed to their injuries', 'succumbing to their injuries', 'died of their injuries', 'died of their wounds', 'died of … wounds', 'died from … wounds', 'died from … injuries',
      'suffered fatal injuries', 'sustained fatal injuries', 'suffered fatal gunshot wounds', 'sustained fatal gunshot wounds'] },
    // A body found ("a body was discovered in the boot of a burning car"): a killing, as the trade's killings are
    // often first told.
    { type: 'shooting_homicide', outcome: 'death', found: true, phrases: ['body … found', 'body … discovered', 'body of … found', 'body of … discovered', 'lifeless body', 'charred body', 'burnt body', 'burned body',
      'bodies … found', 'bodies … discovered', 'bodies of … found', 'bodies of … discovered', 'lifeless bodies', 'charred bodies', 'burnt bodies', 'burned bodies'] },
    { type: 'shooting_homicide', outcome: 'death', needsPerson: true, phrases: ['killed', 'murdered', 'slain', 'died', 'executed', 'lost his life', 'lost her life', 'lost their lives', 'lost their life', 'claimed the life', 'claimed the lives', 'claiming the life', 'claiming the lives', 'causing the death', 'resulting in the death', 'leading to the death', 'cost the life', 'cost the lives', 'costing the life', 'costing the lives', 'met a tragic end', 'met his death', 'met her death'],
      // "executed a search warrant", "executed the plan" (FR: the same).
      notBefore: ['a search', 'the search', 'a warrant', 'the warrant', 'a plan', 'the plan', 'the order', 'orders', 'the mission', 'a mission', 'the contract', 'a contract', 'the sentence'] },
    { type: 'shooting_homicide', outcome: 'death', needsPerson: true, phrases: ['killing', 'gunmen killed', 'gunman killed'] },
    // Being shot at names the victims but tells no wound (the toll, when any, is told on its own).
    { type: 'shooting_homicide', outcome: 'victim', needsPerson: true, phrases: ['opened fire on', 'fired at', 'fired a handgun at', 'fired a gun at', 'fired a pistol at', 'fired a rifle at', 'fired … shots at', 'fired … bullets at', 'targeted by gunmen', 'targeted by a gunman', 'targeted by a shooter', 'targeted by shooters', 'targeted by gunfire', 'targeted by shots', 'victim of stray bullets', 'victim of a stray bullet', 'victims of stray bullets', 'struck by … gunshots', 'hit by … gunshots'] },
    // A person's condition tells a wounded victim as "entre la vie et la mort" does in French: "two other people are in
    // absolute emergency", "a teenager was between life and death". ("In critical condition" is not one: it tells the
    // injured of road crashes and overdoses as often.)
    { type: 'shooting_homicide', outcome: 'injury', needsPerson: true, phrases: ['between life and death', 'in absolute emergency', 'fighting for his life', 'fighting for her life', 'fighting for their lives'] },
    { type: 'shooting_homicide', outcome: 'injury', needsPerson: true, phrases: ['hit by a stray bullet', 'hit by stray bullets', 'struck by a stray bullet', 'struck by stray bullets', 'wounded by a stray bullet', 'wounded by stray bullets'] },
    { type: 'shooting_homicide', outcome: 'death', nominal: true, phrases: ['murder of', 'killing of', 'death of', 'assassination of'] },
    // A killing named by when or where it happened: "a murder committed in Nimes on October 31", "a killing that took place in March".
    { type: 'shooting_homicide', outcome: 'death', nominal: true, oneDeath: true, phrases: ['murder committed', 'killing committed', 'murder that took place', 'killing that took place', 'murder which took place', 'killing which took place'] },
    { type: 'shooting_homicide', outcome: 'injury', needsPerson: true, phrases: ['beaten up', 'badly beaten', 'savagely beaten', 'lynched', 'doused in petrol', 'doused with petrol', 'doused in gasoline', 'shot in the head', 'shot in the leg', 'shot in the chest', 'shot in the back', 'hit in the head', 'hit in the leg', 'hit in the chest', 'hit in the back', ...WOUNDED_PARTS.flatMap((w) => [`hit in the ${w}`, `shot in the ${w}`, `wounded in the ${w}`]), 'hit by … bullet', 'hit by … bullets', 'struck by … bullet', 'struck by … bullets', 'hit by gunfire', 'suffered gunshot wounds', 'suffering gunshot wounds', 'sustained gunshot wounds',
      // "three others suffered minor injuries", "two have serious injuries": injuries someone has are wounds.
      'suffered … injuries', 'suffering … injuries', 'sustained … injuries', 'sustaining … injuries', 'suffered injuries', 'sustained injuries',
      'have minor injuries', 'has minor injuries', 'had minor injuries', 'have serious injuries', 'has serious injuries', 'had serious injuries', 'was shot', 'were shot', 'being shot', 'been shot', 'stabbed', 'wounded', 'injured', 'hurt', 'critically injured', 'seriously injured', 'shooting spree', 'wounding', 'injuring'] },
    // An attempt says nothing of a wound (FR: the same).
    { type: 'shooting_homicide', needsPerson: true, phrases: ['attempted murder', 'attempted killing'] },
    // A settling of scores names the motive, not the toll (FR: the same).
    { type: 'shooting_homicide', nominal: true, phrases: ['settling of scores', 'settling of accounts', 'shooting', 'bullet impacts', 'stabbing', 'drive-by', 'shootout', 'gunfight', 'gunfire', 'shots were fired', 'shots fired', 'shots rang out', 'gunshots rang out', 'shots were heard', 'gunshots were heard', 'shots resounded', 'shots echoed', 'automatic fire', 'kalashnikov fire', 'burst* of fire',
      // Shots told by their shooter, with no one hit: "a man on a scooter fired five times".
      'opened fire', 'open fire', 'opens fire', 'fired … times', 'fired … shots', 'fired several times'] },

    { type: 'kidnapping_extortion', phrases: ['kidnapped', 'abducted', 'held captive', 'held hostage', 'taken hostage', 'held for ransom', 'ransom demand', 'demanded a ransom', 'sequestered', 'extorted', 'racketeered', 'tortured', 'bundled into the boot', 'bundled into the trunk', 'thrown into the boot', 'thrown into the trunk', 'forced into the boot', 'forced into the trunk'] },
    { type: 'kidnapping_extortion', nominal: true, phrases: ['kidnapping of', 'abduction of', 'attempted abduction', 'attempted kidnapping', 'kidnapping attempt', 'abduction attempt', 'extortion of', 'sequestration of'] },

    { type: 'arson_intimidation', phrases: ['set fire to', 'set on fire', 'set alight', 'torched', 'firebombed', 'petrol-bombed', 'molotov cocktail', 'molotov cocktails', 'shots were fired at', 'fired shots at', 'sprayed with bullets', 'received death threats', 'threatened to kill', 'death threats against', 'arson attack', 'burned down', 'burnt down'] },
    // Fireworks fired at police or a mayor (FR: the same).
    { type: 'arson_intimidation', phrases: ['firework mortars', 'fireworks were fired', 'fired fireworks', 'mortar fireworks', 'firework mortar'],
      near: ['mayor', 'town hall', 'police station', 'police', 'officers', 'gendarmes', 'firefighters', 'targeted', 'at the', 'against'], window: 10 },
    // "two staff cars and a third vehicle were destroyed by fire": a fire told by what it destroyed.
    { type: 'arson_intimidation', phrases: ['destroyed by fire', 'destroyed in a fire', 'gutted by fire', 'went up in flames'], near: ['car', 'cars', 'vehicle', 'vehicles', 'van', 'scooter', 'motorbike', 'building', 'home', 'house', 'door', 'flat', 'apartment'], window: 8 },
    { type: 'arson_intimidation', nominal: true, phrases: ['arson', 'intimidation campaign'] },

    { type: 'seizure', phrases: ['seized', 'confiscated', 'were seized', 'was seized', 'intercepted', 'intercept', 'intercepting', 'drug haul', 'record haul', 'haul of', 'discovered'], near: ['kg', 'kilos', 'kilogrammes', 'kilograms', 'tonnes', 'tons', 'grams', 'cocaine', 'cannabis', 'heroin', 'resin', 'weapons', 'firearms', 'cash', 'drugs', 'narcotics', 'pills', 'ecstasy', 'crack', 'herbal'], window: 8 },
    // Drugs found are seized, as drugs "discovered" are ("customs officers found 30 kilos of cocaine"), unless the clause
    // tells a killing ("a man was found dead in a drug-dealing estate").
    { type: 'seizure', phrases: ['found', 'uncovered', 'recovered'], near: ['kg', 'kilos', 'kilogrammes', 'kilograms', 'tonnes', 'tons', 'grams', 'cocaine', 'cannabis', 'heroin', 'resin', 'weapons', 'firearms', 'cash', 'drugs', 'narcotics', 'pills', 'ecstasy', 'crack', 'herbal'], window: 8, exceptWith: ['shooting_homicide'] },
    { type: 'seizure', nominal: true, phrases: ['seizure of', 'the seizure'] },

    { type: 'police_operation', phrases: ['arrested', 'were arrested', 'was arrested', 'detained', 'taken into custody', 'placed in custody', 'dismantled', 'raided', 'swooped', 'busted', 'rounded up', 'apprehended', 'charged with', 'were charged', 'was charged', 'been charged', 'indicted', 'placed under formal investigation',
      // A suspect handed over by another country is the end of the hunt for him: "has been extradited from Morocco".
      'extradited', 'was extradited', 'has been extradited', 'handed over to France', 'handed over to French'], needsPerson: false },
    // "200 police officers were deployed", not "27 firefighters were mobilized" (the rescue of the wounded).
    { type: 'police_operation', phrases: ['deployed', 'mobilized', 'mobilised'], near: ['police', 'policemen', 'officers', 'gendarmes', 'riot', 'crs', 'troops', 'soldiers', 'investigators', 'agents', 'units', 'reinforcements', 'squad', 'raid', 'gign', 'bri'], window: 6 },
    // "police have captured the second inmate", "was tracked down to a flat": an arrest (not "captured on camera").
    { type: 'police_operation', phrases: ['captured', 'recaptured', 'tracked down', 'caught'], needsPerson: true,
      notBefore: ['on camera', 'on video', 'on film', 'on cctv', 'the attention', 'the imagination', 'fire', 'in the crossfire', 'up in', 'the eye'] },
    { type: 'police_operation', nominal: true, phrases: ['arrest of', 'arrests of', 'raid on', 'raids on', 'dawn raid', 'police operation', 'carried out an operation', 'conducted an operation', 'led an operation', 'anti-drug operation', 'drug bust', 'crackdown on', 'sweep of'] },

    { type: 'corruption_case', phrases: ['complicity in drug trafficking', 'accused of corruption', 'charged with corruption', 'charged … with corruption', 'charged … with bribery', 'accused … of corruption', 'charged … with complicity', 'charged with bribery', 'accused of taking bribes', 'suspected of taking bribes', 'convicted of corruption', 'corruption trial', 'took bribes', 'accepted bribes', 'bribed', 'on the payroll of', 'corrupt prison guard', 'corrupt customs officer', 'corrupt police officer', 'corrupt officer'] },

    { type: 'trial_verdict', phrases: ['went on trial', 'goes on trial', 'go on trial', 'stand trial', 'stood trial', 'on trial for', 'trial of', 'trial opened', 'trial began', 'appeared in court', 'was tried', 'were tried', 'will be tried', 'are being tried', 'is being tried', 'was tried before', 'were tried before'] },
    // Appearing before a court or judge is a hearing; before a prosecutor, after an arrest, it is a step of the arrest.
    // A court ruling on an extradition: "the Supreme Court approved the extradition", "gave the green light for his extradition".
    { type: 'trial_verdict', phrases: ['approved the extradition', 'approved his extradition', 'approved her extradition', 'authorised the extradition', 'authorized the extradition', 'authorised his extradition', 'authorized his extradition', 'green light for the extradition', 'green light for his extradition', 'green light to the extradition', 'green light to his extradition', 'ruled in favour of his extradition', 'ruled in favor of his extradition'] },
    { type: 'trial_verdict', phrases: ['appeared before', 'appear before', 'appears before', 'appeared … before', 'appear … before', 'appears … before'], near: ['court', 'judge', 'judges', 'tribunal', 'jury', 'magistrate', 'magistrates'], window: 4 },
    { type: 'trial_verdict', phrases: ['sentenced to', 'was sentenced', 'were sentenced', 'jailed for', 'was jailed', 'were jailed', 'handed a', 'acquitted', 'stood trial', 'went on trial', 'goes on trial', 'on trial for', 'trial opened', 'found guilty', 'pleaded guilty', 'life sentence', 'prison sentence', 'suspended sentence', 'convicted by', 'convicted at first instance', 'verdict', 'handed down', 'court of appeal', 'appeals court', 'appeal court'], near: ['sentence', 'sentences', 'sentenced', 'years', 'months', 'prison', 'jail', 'trial', 'court', 'guilty', 'acquitted', 'verdict', 'fine'], window: 8 },
    // A prosecutor's request names the sentence after it ("sought ten years in prison"); "prison staff have demanded
    // armoured vans" asks for something else.
    { type: 'trial_verdict', phrases: ['requested a', 'sought a', 'requested', 'sought', 'demanded'], near: ['sentence', 'sentences', 'years', 'months', 'prison', 'jail', 'life', 'fine', 'penalty', 'term', 'acquittal', 'conviction'], window: 8, nearAfter: true },
  ],
  persons: [
    { words: ['prison officer', 'prison guard', 'prison warden', 'correctional officer', 'prison staff'], role: 'prison_officer' },
    { words: ['prison officers', 'prison guards', 'guards', 'correctional officers'], role: 'prison_officer', plural: true },
    { words: ['police officer', 'policeman', 'policewoman', 'gendarme', 'officer', 'cop', 'customs officer'], role: 'officer' },
    { words: ['police officers', 'policemen', 'gendarmes', 'officers', 'cops'], role: 'officer', plural: true },
    { words: ['student'], role: 'student' },
    { words: ['students'], role: 'student', plural: true },
    { words: ['taxi driver', 'driver', 'delivery driver', 'motorist'], role: 'driver' },
    { words: ['bystander', 'passer-by', 'collateral victim'], role: 'bystander' },
    { words: ['bystanders', 'passers-by', 'collateral victims'], role: 'bystander', plural: true },
    // (An inmate is a person: "an inmate of the Nîmes prison was killed" tells a killing of one, not an attack on the prison.)
    { words: ['inmate', 'prisoner', 'detainee'], role: 'inmate' },
    { words: ['inmates', 'prisoners', 'detainees'], role: 'inmate', plural: true },
    { words: ['dealer', 'drug dealer', 'trafficker', 'drug trafficker', 'lookout', 'gang member'], role: 'trafficker' },
    { words: ['dealers', 'drug dealers', 'traffickers', 'gang members'], role: 'trafficker', plural: true },
    { words: ['child', 'boy', 'girl', 'schoolboy', 'schoolgirl', 'toddler'], role: 'child', minor: true },
    { words: ['children', 'boys', 'girls'], role: 'child', minor: true, plural: true },
    { words: ['teenager', 'teen', 'adolescent', 'youth', 'youngster'], role: null },
    { words: ['teenagers', 'teens', 'youths', 'youngsters'], role: null, plural: true },
    // ("body": a body found is one person dead.)
    { words: ['man', 'woman', 'person', 'victim', 'body', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'resident', 'suspect', 'entrepreneur', 'businessman', 'mayor', 'grandson', 'husband', 'wife', 'individual', 'docker', 'dockworker', 'shopkeeper', 'owner', 'worker', 'employee', 'rapper', 'boxer', 'footballer', 'player', 'nurse', 'doctor', 'soldier', 'firefighter', 'pensioner', 'retiree', 'passenger', 'neighbour', 'neighbor', 'friend', 'cousin', 'uncle', 'nephew', 'companion', 'partner', 'girlfriend', 'boyfriend'], role: null },
    { words: ['men', 'women', 'people', 'persons', 'victims', 'bodies', 'residents', 'others', 'suspects', 'individuals', 'members', 'family', 'dockers', 'dockworkers', 'workers', 'passengers', 'friends'], role: null, plural: true },
  ],
  personPronouns: ['he', 'she', 'him', 'her', 'his', 'one of them', 'one of the two', 'one of the three'],
  frontedAge: /^[^\p{L}\p{N}]*(?:aged|at)\s+(\d{1,2})\s*,\s*/iu,
  singularSubjectPronouns: ['he', 'she'],
  pluralSubjectPronouns: ['they'],
  thingSubjects: ['door', 'doors', 'front door', 'gate', 'gates', 'car', 'cars', 'vehicle', 'vehicles', 'van', 'truck', 'lorry', 'scooter', 'motorbike', 'facade', 'façade', 'window', 'windows', 'wall', 'walls', 'building', 'house', 'home', 'flat', 'apartment', 'shop', 'store', 'restaurant', 'bar', 'prison', 'jail', 'police station', 'town hall'],
  victimReferences: ['the victim'],
  perpetratorNouns: ['suspect', 'suspects', 'gunman', 'gunmen', 'shooter', 'shooters', 'attacker', 'attackers', 'assailant', 'killer', 'arrested', 'charged', 'in custody'],
  countWords: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, both: 2, twin: 2 },
  vagueCounts: ['several', 'many', 'numerous', 'multiple', 'some', 'a few', 'few', 'a number of', 'dozens of', 'scores of', 'hundreds of', 'a handful of'],
  singularArticles: ['a', 'an', 'one', 'another'],
  countedActs: [{ type: 'shooting_homicide', nouns: ['shootings', 'gun attacks', 'shooting incidents', 'attempted murders'] }],
  anotherPerson: ['another', 'another one', 'the other', 'one'],
  singularPassive: ['was', 'has been', 'had been', 'is'],
  pluralPassive: ['were', 'have been', 'are'],
  negations: ['no one', 'nobody', 'none', 'not', "wasn't", "weren't", "didn't", "hasn't", 'never', 'no', 'hardly any', 'without', 'neither', 'nor', 'failed to', 'narrowly escaped'],
  stateCues: ['currently', 'still', 'already', 'now', 'remains', 'remain', 'remained'],
  recordAdverbs: ['already'],
  predicateOpeners: ['took place', 'was held', 'were held', 'will take place', 'will be held', 'drew', 'gathered', 'brought together', 'was buried', 'were buried', 'was charged', 'were charged', 'was arrested', 'were arrested', 'was sentenced', 'were sentenced', 'was convicted', 'were convicted', 'went on trial', 'appeared in court'],
  pastRecordCues: ['serving', 'served', 'had served', 'was serving', 'released from', 'freed from', 'former inmate', 'previously convicted', 'already convicted', 'had been convicted', 'prior convictions', 'previous convictions', 'criminal record', 'known to police for', 'known to the courts', 'known to the police', 'had been involved in', 'had been implicated in', 'had been charged with', 'had been suspected of',
    // Why an inmate was held: "in pre-trial detention since October 2024 in a case of attempted murder".
    'pre-trial detention', 'held on remand', 'remanded in custody', 'in custody since', 'jailed for', 'was jailed over', 'imprisoned for', 'awaiting trial for', 'awaiting trial over', 'was being held for'],
  // ("bringing the number", "taking the toll", not "taking the car": the count's noun comes with it.)
  tallyTails: ['bringing to', 'bringing the number', 'bringing the total', 'bringing the toll', 'bringing the death toll', 'which brings', 'taking the number', 'taking the total', 'taking the toll', 'taking the death toll', 'which takes', 'raising the number', 'raising the total', 'raising the toll', 'raising the death toll'],
  conditionals: ['if'],
  hypotheticals: ['would', 'could', 'might', 'should', 'if', 'unless', 'planning to', 'plan to', 'plans to', 'planned to', 'plotting', 'plot to', 'suspected of planning', 'threat of', 'risk of', 'fear of', 'fears of', 'in order to', 'aims to', 'wants to', 'calls for', 'to prevent', 'thwarted', 'foiled', 'recommend', 'proposed', 'is due to', 'are due to', 'was due to', 'were due to', 'is expected to', 'are expected to', 'is set to', 'are set to', 'will appear', 'will be tried', 'will stand trial', 'will be sentenced', 'are due to appear', 'is due to appear', 'faces up to', 'face up to', 'could face', 'agreed to be', 'agreed to', 'refused to be', 'fighting extradition', 'request for', 'punishable by', 'liable to', 'carries a maximum', 'carry a maximum'],
  generics: ['in some cases', 'in several cases', 'in many cases', 'sometimes', 'often', 'usually', 'regularly', 'frequently', 'routinely', 'typically', 'every year', 'each year', 'per year', 'a year', 'increasingly', 'on the rise', 'have risen', 'has risen', 'rising', 'surge in', 'wave of', 'spate of', 'growing', 'more and more', 'tend to', 'are being', 'such as these', 'such clashes',
    // A count compared with another period is a trend, a figure: "seizures of synthetic drugs more than doubled".
    'doubled', 'tripled', 'halved', 'rose by', 'fell by', 'increased by', 'decreased by', 'dropped by', 'compared with', 'compared to', 'on average', 'every day', 'every other day', 'every week', 'each day', 'each week',
    // A kind of act said to be common is no one act: "Settling of scores … is commonplace in Marseille".
    'is commonplace', 'are commonplace', 'is common in', 'are common in', 'is a common', 'is not uncommon', 'are not uncommon', 'is rife', 'are rife'],
  aggregators: ['on the same date', 'at the same date', 'by the same date', 'at the same point last year', 'at the same time last year', 'the same year', 'that same year', 'in the same year', 'brings to', 'bringing to', 'brought to', 'the number of', 'bringing the number', 'the toll', 'death toll', 'last year', 'this year', 'so far this year', 'since the beginning of the year', 'since the start of the year', 'since january', 'since the end of', 'since the beginning of', 'since the start of', 'since early', 'since late', 'since mid', 'in recent years', 'over the past year', 'in the previous year', 'a year earlier', 'per year', 'each year', 'every year', 'annually', 'recorded', 'since february', 'since march', 'since april', 'since may', 'since june', 'since july', 'since august', 'since september', 'since october', 'since november', 'since december', 'in a few days', 'in a few weeks', 'within days', 'over the same period', 'in this war',
    // "In less than 48 hours, three people were killed": a span over several acts.
    'in less than', 'in under', 'within 48 hours', 'in the space of', 'in 24 hours', 'in 48 hours', 'in 72 hours',
    // "Two men were shot dead in two days in Toulouse": two acts, each told later on its own day.
    'in two days', 'in three days', 'in four days', 'in five days', 'in a week', 'in one week', 'within a week', 'in two weeks', 'in a month'],
  countNouns: ['people', 'persons', 'individuals', 'fatalities', 'deaths', 'victims', 'cases', 'homicides', 'murders', 'killings', 'attacks', 'shootings', 'incidents', 'arrests', 'seizures', 'offences', 'offenses', 'episodes'],
  accusationCues: ['suspected of', 'accused of', 'guilty of', 'guilty of having', 'charged with', 'alleged to have', 'allegedly', 'under investigation over', 'under investigation for', 'investigated over', 'investigated for', 'charges over', 'charged over', 'charges of', 'charged in', 'charges in', 'accused over', 'accused in'],
  casualtyNouns: { dead: 'death', deaths: 'death', fatalities: 'death', fatality: 'death', killed: 'death', injured: 'injury', wounded: 'injury', injuries: 'injury', casualties: 'injury' },
  countBarriers: ['times', 'on', 'at', 'against', 'towards', 'toward'],
  countModifiers: ['other', 'others', 'more', 'additional', 'further', 'new'],
  oneMore: ['another'],
  conjunctions: ['and'],
  tollCues: ['toll', 'in total', 'in all', 'altogether'],
  routeFrom: ['from'],
  routeTo: ['to', 'towards', 'toward', 'bound for'],
  nearPlaceCues: ['near', 'outside', 'not far from', 'close to', 'on the outskirts of', 'in the suburbs of', 'outskirts of', 'suburbs of', 'suburb of', 'north of', 'south of', 'east of', 'west of', 'northeast of', 'northwest of', 'southeast of', 'southwest of', 'north-east of', 'north-west of', 'south-east of', 'south-west of'],
  nearPlaceHeadsAfter: ['suburb', 'suburbs', 'outskirts', 'area', 'region', 'metropolitan area'],
  participantCues: ['involving', 'pitting'],
  periodStartCues: ['since', 'from', 'starting'],
  totalCues: ['in total', 'in all', 'altogether', 'a total of'],
  subsetCues: ['among', 'including', 'of whom', 'of them'],
  offTopic: ['islamist', 'islamist-inspired', 'jihadist', 'terrorist', 'terror plot', 'terror attack', 'champions league', 'stadium', 'football', 'olympic games', 'world cup', 'delegation', 'election', 'missile', 'drone attack', 'road accident', 'traffic accident', 'car crash', 'road crash', 'pile-up'],
  noInjuryCues: ['no one was hurt', 'nobody was hurt', 'no one was injured', 'nobody was injured', 'no injuries', 'no one was wounded', 'without injuring', 'no casualties', 'no victims', 'unhurt', 'unharmed', 'escaped unhurt', 'escaped injury'],
  woundNegations: ['no one', 'nobody', 'none of'],
  woundWords: ['hurt', 'injured', 'wounded', 'injuries', 'casualties', 'victims'],
  nobodyKilledCues: ['no one was killed', 'nobody was killed', 'no one died', 'nobody died', 'no deaths', 'no fatalities', 'no casualties', 'no one was hurt or killed', 'no one was injured or killed', 'neither killed nor'],
  noDeathCues: ['survived', 'no one was killed', 'nobody was killed', 'no one was hurt', 'nobody was hurt', 'no one was injured', 'nobody was injured', 'no casualties', 'no deaths', 'unharmed', 'unhurt', 'escaped unhurt', 'escaped injury', 'not life-threatening', 'not in danger'],
  hurtCues: ['taken to hospital', 'taken to a hospital', 'taken to the hospital', 'rushed to hospital', 'rushed to the hospital', 'hospitalised', 'hospitalized', 'life is not in danger', 'not life-threatening', 'non-life-threatening', 'life-threatening', 'critical condition', 'serious condition', 'stable condition'],
  survival: ['survived', 'survive', 'critical condition', 'serious condition', 'hospitalised', 'hospitalized', 'life-threatening', 'escaped death', 'wounded', 'injured'],
  officials: ['mayor', 'former mayor', 'deputy mayor', 'prison guard', 'prison officer', 'warden', 'customs officer', 'police officer', 'policeman', 'gendarme', 'judge', 'clerk', 'lawyer', 'official', 'councillor', 'civil servant', 'docker', 'dockers', 'port workers', 'prison guards', 'customs officers', 'police officers', 'officials'],
  corruptionCues: ['corruption', 'corrupt', 'complicity', 'bribe', 'bribes', 'bribery', 'accomplice', 'leaked', 'tipped off', 'on the payroll'],
  definites: ['the', 'this', 'that', 'these', 'those', 'their', 'his', 'her'],
  additiveCues: ['also', 'as well', 'in addition', 'furthermore', 'moreover'],
  pastInfinitiveCues: ['having', 'having been', 'admitted', 'admitting'],
  ordinalEventCues: ['another', 'a second', 'a third', 'a new', 'a fresh', 'a further'],
  eventNouns: ['shooting', 'attack', 'assault', 'incident', 'killing', 'murder', 'homicide', 'stabbing', 'fire', 'arson', 'kidnapping', 'case', 'raid', 'seizure', 'operation', 'ambush', 'drive-by', 'gunfight', 'killing spree', 'abduction', 'shots', 'gunfire', 'escape', 'jailbreak'],
  newEventCues: ['another', 'a second', 'a third', 'a new', 'a fresh', 'a further', 'new shots', 'fresh shots', 'new gunfire', 'fresh gunfire', 'further shots', 'the following day', 'the next day', 'the day before', 'the previous day', 'days earlier', 'days later', 'weeks earlier', 'weeks later', 'months earlier', 'months later', 'a year earlier', 'separately', 'meanwhile', 'elsewhere', 'in a separate', 'a previous', 'an earlier', 'a prior'],
  priorEventCues: ['after', 'after the', 'after a', 'after an', 'following the', 'since the', 'in the wake of the', 'in retaliation for the', 'to avenge the', 'avenge the'],
  timeRelations: ['before', 'after', 'since'],
  onSceneCues: ['at the scene', 'on the scene', 'on arrival', 'on arriving', 'upon arrival', 'upon arriving', 'upon arriving on the scene', 'on arriving at the scene', 'when police arrived', 'when officers arrived', 'when emergency services arrived'],
  arrestPlaceCues: ['arrested in', 'arrested at', 'arrested near', 'apprehended in', 'apprehended at', 'detained in', 'detained at', 'caught in', 'picked up in', 'extradited from'],
  hospitalHeads: ['hospital', 'clinic', 'medical centre', 'medical center', 'trauma centre', 'trauma center'],
  lapseCues: ['hours earlier', 'hours before', 'an hour earlier', 'minutes earlier', 'earlier that evening', 'earlier that night', 'earlier in the day', 'overnight', 'last night', 'during the night'],
  recallingCues: ['recalling', 'which recalls', 'reminiscent of', 'echoing'],
  tallyPeriodCues: ['since the start of the year', 'since the beginning of the year', 'so far this year', 'this year', 'since january', 'since 1 january', 'since january 1', 'in a year', 'in one year', 'over the past year', 'since the start of the month', 'this month', 'in a week', 'in less than a week', 'in a month'],
  recallCues: ['had been', 'had died', 'had killed', 'had shot', 'already', 'last year', 'previous', 'previously', 'earlier this year', 'in a previous'],
  statusCues: ['still', 'remains', 'remained', 'is now', 'was still'],
  partitives: ['the victim', 'the deceased', 'one of them', 'one of the victims', 'one of the wounded', 'one of the injured', 'one of the two', 'among them', 'among the victims', 'including a', 'including one', 'the youngest', 'the eldest', 'the oldest', 'the other'],
  laterDeathCues: ['after being', 'after he was', 'after she was', 'after they were', 'days after', 'a day after', 'died of a gunshot', 'died of gunshot', 'died after', 'died of his injuries', 'died of her injuries', 'died of his wounds', 'died of her wounds', 'died from his injuries', 'died from her injuries', 'succumbed to', 'died in hospital', 'brain dead', 'later died',
    // "Despite the intervention of emergency services, X … died on the spot": one of the wounded just found.
    'despite the intervention of', 'despite the efforts of', 'despite emergency', 'despite resuscitation'],
  attackAfterDeathCues: ['after being', 'after he was', 'after she was', 'after they were', 'after having been'],
  streetHeads: ['street', 'road', 'avenue', 'boulevard', 'rue', 'square', 'lane', 'place'],
  recallAuxiliaries: ['had been', 'had'],
  findingCues: ['found that', 'established that', 'determined that', 'showed that', 'shown that', 'revealed that', 'discovered that'],
  procedureLinks: ['after', 'over', 'for', 'following', 'in connection with', 'in the killing of', 'in the murder of', 'in the death of', 'accused of', 'suspected of', 'on suspicion of', 'in the investigation into'],
  localityHeads: ['arrondissement', 'district', 'neighbourhood', 'neighborhood', 'estate', 'housing estate', 'quarter', 'street', 'avenue', 'boulevard', 'square', 'block of flats', 'tower block'],
  dayShifts: [
    { phrase: 'the following day', days: 1 }, { phrase: 'the next day', days: 1 }, { phrase: 'the day after', days: 1 },
    { phrase: 'the day before', days: -1 }, { phrase: 'the previous day', days: -1 }, { phrase: 'the night before', days: -1 },
    // "The same night, two teenagers were also shot dead": another act on the day of the one told before it.
    { phrase: 'the same night', days: 0 }, { phrase: 'that same night', days: 0 }, { phrase: 'the same evening', days: 0 }, { phrase: 'that same evening', days: 0 }, { phrase: 'the same day', days: 0 }, { phrase: 'that same day', days: 0 }, { phrase: 'later that day', days: 0 }, { phrase: 'later that night', days: 0 },
  ],
  dayUnits: ['day', 'days'],
  hourUnits: ['hour', 'hours'],
  shiftAdverbs: ['only', 'just', 'barely'],
  shiftBack: ['earlier', 'before'],
  shiftForward: ['later', 'after'],
  coarseUnits: [{ words: ['week', 'weeks'], days: 7 }, { words: ['month', 'months'], months: 1 }, { words: ['year', 'years'], months: 12 }],
  shiftAfter: ['after'],
  kinNouns: ['father', 'mother', 'son', 'daughter', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandfather', 'grandmother', 'stepfather', 'brother-in-law', 'partner', 'wife', 'husband', 'girlfriend', 'boyfriend', 'friend'],
  possessives: ['his', 'her', 'their', 'its'],
  listedActOpeners: ['a', 'an', 'another', 'more', 'several', 'two', 'three', 'shots'],
  relativeOpeners: ['who', 'whom', 'whose', 'which'],
  cleftOpeners: ['it was', 'it is'],
  clauseBreaks: [';', ', while ', ', whereas ', ' while in ', ', and a ', ', and an ', ', and in ', '. meanwhile', ' — '],
  datedClauseJoins: [', and ', ', then '],
  placePrepositions: ['in', 'at', 'near', 'outside', 'inside'],
  placeLeads: ['in', 'at', 'near', 'outside'],
  weakPlacePrepositions: ['from', 'around', 'across', 'to', 'of'],
  courtSeatTitles: ['court in', 'court of', 'criminal court in', 'criminal court of', 'court of appeal in', 'appeals court in', 'assize court in', 'assize court of'],
  jurisdictionTitles: ['prefect of', 'prefect of the', 'prosecutor of', 'public prosecutor of', 'judicial police of', 'judicial police in'],
  placeOfHeads: ['port city', 'port town', 'town', 'city', 'village', 'commune', 'suburb', 'suburbs', 'outskirts', 'district', 'region', 'department', 'département', 'port', 'neighbourhood', 'neighborhood', 'north', 'south', 'east', 'west', 'centre', 'center', 'heart', 'streets'],
  notEventPlaceHeadsAfter: ['hospital', 'university hospital', 'general hospital', 'teaching hospital', 'hospital centre', 'morgue', 'courthouse', 'court', 'criminal court', 'appeals court', 'prosecutor', "prosecutor's office", 'prosecutors'],
  // Another sentence of a wave of attacks naming its other sites: "The others were in Aix, Valence and Nîmes".
  siteListCues: ['prison', 'prisons', 'jail', 'jails', 'facility', 'facilities', 'others', 'similar attacks', 'also hit', 'also targeted', 'also attacked'],
  // A comparison names other towns: "medium-sized cities such as Grenoble or Rennes".
  notEventPlaceCues: ['such as', 'unlike', 'like in', 'as in', 'similar to', 'born in', 'native of', 'who lives in', 'who lived in', 'a resident of', 'residing in', 'resident in', 'originally from', 'hails from', 'hospital in', 'hospital', 'taken to', 'rushed to', 'flown to', 'found burnt in', 'found burned in', 'found torched in', 'found burnt out in', 'prosecutor in', 'prosecutors in', 'court in', 'prosecutor\'s office in', 'newspaper', 'according to',
    // Where a shipment came from or was bound for, not where it was seized (FR: the same).
    'coming from', 'shipped from', 'originating from', 'originating in', 'bound for', 'destined for', 'headed for', 'heading for',
    // A vehicle or cargo named by where it came from: "a lorry from Spain" stopped near Bordeaux.
    'lorry from', 'lorries from', 'truck from', 'trucks from', 'van from', 'container from', 'containers from', 'ship from', 'vessel from', 'boat from', 'flight from', 'plane from', 'shipment from', 'cargo from', 'consignment from', 'travelling from', 'traveling from', 'arriving from', 'returning from', 'on his way to', 'on her way to', 'on their way to', 'heading to', 'headed to', 'travelling to', 'traveling to', 'en route to',
    // Where a town lies, said by other towns: "a city located between Marseille and Montpellier", "40 km from Lyon" (FR: the same).
    'located between', 'situated between', 'lying between', 'lies between', 'halfway between', 'neighbouring', 'bordering', 'kilometres from', 'kilometers from', 'km from', 'miles from'],
  // The getaway car found burnt after a shooting: "the car was found charred in La Barben".
  burntVehicleCues: ['found charred', 'found burnt', 'found burned', 'found burnt out', 'found burned out', 'found torched', 'found on fire', 'found ablaze', 'discovered burnt', 'discovered burned', 'discovered charred', 'discovered torched', 'found set alight', 'found set on fire'],
  vehicleNouns: ['car', 'cars', 'vehicle', 'vehicles', 'van', 'vans', 'scooter', 'scooters', 'motorbike', 'motorcycle', 'suv', '4x4', 'getaway car'],
  bodyNouns: ['body', 'bodies', 'corpse', 'corpses', 'remains'],
  periodSpanCues: ['over the last', 'over the past', 'in the last', 'in the past', 'during the last', 'during the past', 'throughout the last', 'for the last', 'for the past'],
  otherEventDateCues: ['attacks of', 'attacks on', 'terror attacks of', 'terrorist attacks of', 'bombings of', 'riots of', 'riots in', 'elections of', 'election of', 'lockdown of', 'lockdown in'],
  publicationNouns: ['report', 'article', 'edition', 'broadcast', 'issue', 'statement', 'press release', 'dispatch', 'post', 'tweet'],
  publicationDateLinks: ['of', 'dated', 'published on', 'aired on', 'released on'],
  recordDateCues: ['released from prison', 'released from jail', 'out of prison', 'out of jail', 'freed from prison', 'convicted in', 'jailed in', 'sentenced in'],
  birthCues: ['born in', 'born on', 'born'],
  settingSubjects: ['the incident', 'this incident', 'this attack', 'this shooting', 'these events', 'the attack', 'the shooting', 'the killing', 'the murder', 'the assault', 'the kidnapping', 'the abduction', 'the ambush', 'the raid', 'the seizure', 'the arrests', 'the operation', 'the fire', 'the events', 'the crime', 'the body', 'his body', 'her body', 'it'],
  // "The body was found on 18 November": where and when a victim's body was found sets the killing.
  settingVerbs: ['took place', 'happened', 'occurred', 'unfolded', 'was carried out', 'were carried out', 'was found', 'was discovered', 'had been found', 'had been discovered',
    // "It was on 14 February, shortly before 1am": the scene set by a pronoun.
    'was on', 'was late on', 'was early on', 'was shortly after', 'was shortly before'],
  reportingCues: ['paid tribute', 'pays tribute', 'paid homage', 'published on', 'published', 'updated on', 'updated', 'posted on', 'posted', 'last modified', 'said on', 'said', 'told', 'told reporters', 'announced on', 'announced', 'confirmed on', 'confirmed', 'reported on', 'reported', 'statement on', 'said in a statement on', 'according to', 'press conference', 'news conference', 'press briefing'],
  appositiveTownHeads: ['a town', 'a small town', 'a city', 'a village', 'a small village', 'a commune', 'a suburb', 'a port city', 'a port town'],
  placeModifiedHeads: ['toll booth', 'toll gate', 'toll station', 'tollbooth', 'street', 'suburb', 'neighbourhood', 'neighborhood', 'housing estate', 'estate', 'district', 'prison', 'nightclub', 'bar', 'car park', 'parking lot', 'city centre', 'motorway', 'highway', 'port', 'airport', 'station'],
  compassAdjectives: true,
  compass: ['northern', 'southern', 'eastern', 'western', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'north', 'south', 'east', 'west'],
  // ("Court of Appeal", "Court of Cassation": a court's name, not a place.)
  notPlaces: ['appeal', 'appeals', 'cassation', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'his', 'her', 'their', 'this', 'that', 'which', 'it', 'he', 'she', 'they', 'we', 'i', 'according', 'however', 'french', 'european', 'spanish', 'italian', 'belgian', 'dutch', 'german', 'mexican', 'colombian', 'moroccan', 'algerian', 'russian', 'british', 'american', 'english', 'socialist', 'republican', 'christmas', 'easter', 'ramadan', 'europe', 'court', 'parliament', 'senate', 'government', 'police', 'interpol', 'europol', 'le monde', 'the times', 'afp', 'reuters', 'justice', 'interior',
    // A quantifier opening a sentence is no town before a head: "Several prisons had cars set alight".
    'several', 'many', 'some', 'other', 'others', 'both', 'all', 'most', 'multiple', 'numerous', 'various', 'another', 'each', 'every', 'two', 'three', 'four', 'five', 'six'],
  weapons: {
    kalashnikov: 'kalashnikov', kalashnikovs: 'kalashnikov', 'ak-47': 'kalashnikov', 'ak-47s': 'kalashnikov', 'assault rifle': 'assault rifle', 'assault rifles': 'assault rifle',
    handgun: 'handgun', handguns: 'handgun', pistol: 'handgun', pistols: 'handgun', revolver: 'handgun', gun: 'firearm', guns: 'firearm', firearm: 'firearm', firearms: 'firearm',
    shotgun: 'shotgun', 'machine gun': 'machine gun', 'submachine gun': 'machine gun', uzi: 'machine gun', knife: 'knife', knives: 'knife', machete: 'machete',
    grenade: 'grenade', grenades: 'grenade', 'molotov cocktail': 'molotov cocktail', 'molotov cocktails': 'molotov cocktail', explosives: 'explosive', 'rocket launcher': 'rocket launcher',
  },
  drugs: {
    cocaine: 'cocaine', coke: 'cocaine', crack: 'crack', cannabis: 'cannabis', 'cannabis resin': 'cannabis resin', resin: 'cannabis resin', hashish: 'cannabis resin', hash: 'cannabis resin',
    marijuana: 'cannabis', weed: 'cannabis', 'herbal cannabis': 'cannabis', heroin: 'heroin', ecstasy: 'mdma', mdma: 'mdma', methamphetamine: 'methamphetamine', amphetamines: 'amphetamine',
    ketamine: 'ketamine', synthetic: 'synthetic drugs', drugs: 'drugs', narcotics: 'drugs', 'cash': 'cash',
  },
};
