-- The strategy library as the clinic receives it: the improvement strategies of the reference text,
-- each with a description for consultants, steps for the client (one step per line), how often it
-- is usually done, and the difficulty factors it addresses (relevance 1 = a little .. 3 = directly).
-- Explicit ids below 1000: strategy_seq starts at 1000, so strategies added later never collide.

ALTER TABLE strategy ADD COLUMN usual_frequency VARCHAR(120);

INSERT INTO strategy (id, name, category, description, instructions, usual_frequency, retired, created_at, updated_at, version) VALUES
(1, 'Deep breathing', 'RELAXATION',
'Slow, deep breathing lowers the stress response that holds back oxytocin, so letdown can come sooner. Useful when stress or anxiety delays letdown and as a first, simple tool for every client; it also helps her through a painful start of a feed.',
'Sit or lie down comfortably and let your shoulders drop.
Breathe in slowly through your nose while you count to four; feel your belly rise.
Breathe out gently through your mouth while you count to six.
Repeat for two to three minutes before you latch your baby or start pumping.
Keep breathing slowly during the first minutes of the feed, until you feel the milk flow.',
'Before and during every feed or pumping session', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(2, 'Visualization', 'RELAXATION',
'Guided imagery of flowing milk or of a calm place relaxes the client and can trigger letdown by thought alone, since thinking of the baby releases oxytocin. Helps with stress and anxiety, and when pumping away from the baby.',
'Close your eyes and take a few slow breaths.
Picture a place where you feel safe and calm, with its sounds and colours.
Now picture your milk flowing freely, like a stream or a gentle waterfall.
Think of your baby: the smell of their head, the weight of them in your arms.
Stay with these pictures for a few minutes while you feed or pump.',
'Before every feed or pumping session', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(3, 'Warm compresses', 'COMFORT',
'Moist warmth on the breasts before a feed relaxes the tissue, eases pain and tension and helps milk flow. Advise against heat on an inflamed or engorged breast between feeds, where cold is better.',
'Soak a clean cloth in warm (not hot) water and wring it out.
Test it on the inside of your wrist: it should feel pleasantly warm.
Lay it over your breast for five to ten minutes before you feed or pump.
Gently massage the breast toward the nipple while the warmth works.
Stop and tell your consultant if the breast is red, hot or very painful.',
'Before feeds, especially the first feed of the day', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(4, 'A calm and comfortable environment', 'ENVIRONMENT',
'Setting up a quiet, comfortable feeding place with support for back and arms reduces tension and distraction. Helps clients whose feeds happen on the move or in busy rooms.',
'Choose one quiet place at home for feeding and keep it ready.
Support your back and arms with pillows so your shoulders can relax.
Keep water, a snack and anything you need within reach before you start.
Dim bright lights and keep the room comfortably warm.
Play soft music if it helps you relax.',
'Every feed at home', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(5, 'Eliminating distractions', 'ENVIRONMENT',
'Removing screens, noise and interruptions during feeds lets the client attend to her baby and her body, which supports letdown. For clients who feed while working, scrolling or managing other children.',
'Put your phone on silent and out of reach, or turn it face down.
Turn off the television and other screens.
Ask your partner or family to answer the door and look after other children while you feed.
If your mind wanders to chores, note them on paper for later and come back to your baby.',
'Every feed', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(6, 'Focusing on the baby and the latch', 'FEEDING_PRACTICE',
'Mindful attention to the baby and to a deep latch strengthens the sucking stimulus and the oxytocin response. For distracted or worried clients; pair with latch teaching.',
'Before latching, look at your baby and talk or sing to them softly.
Bring your baby to the breast with their nose level with your nipple and wait for a wide open mouth.
Check the latch: lips turned out, chin touching the breast, more of the dark area visible above the top lip.
Watch and listen for your baby swallowing; that is your milk flowing.
If the latch hurts after the first few sucks, slide a clean finger into the corner of the mouth and try again.',
'Every feed', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(7, 'Bonding and skin-to-skin contact', 'BONDING',
'Skin-to-skin contact calms mother and baby and raises oxytocin, which supports letdown and confidence. Useful for stress and anxiety and in the early weeks.',
'Undress your baby down to the nappy and lie them on your bare chest.
Cover you both with a blanket to keep warm.
Relax and hold your baby for at least twenty minutes, even when no feed is due.
Let your baby find the breast on their own when they are ready.',
'At least once a day, and before feeds when possible', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(8, 'Using the baby''s cues when apart', 'BONDING',
'When pumping away from the baby, cues such as a photo, a recording of the baby''s cry or a blanket with the baby''s scent trigger letdown through sight, sound and smell. For working or separated clients.',
'Keep a photo or short video of your baby on your phone for pumping.
Record your baby''s cry or happy sounds and listen to it as you start pumping.
Bring a blanket or piece of clothing that smells of your baby and hold it close.
Look, listen and breathe in your baby''s smell for a minute before and while you pump.',
'Every pumping session away from the baby', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(9, 'Combining breastfeeding with pumping', 'FEEDING_PRACTICE',
'Pumping after or between feeds, with a pumping routine at usual feeding times, keeps supply up and conditions letdown when feeds are not enough or the baby cannot feed well. Agree volumes and timing with the client.',
'Breastfeed first whenever your baby is willing.
After the feed, pump both breasts for ten to fifteen minutes.
Pump at about the same times each day; your body learns the routine.
Store the milk in a clean container with the date and time.
Give the pumped milk to your baby as agreed with your consultant.',
'After feeds as agreed with your consultant', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(10, 'Rest and sleep support', 'REST',
'Fatigue hinders letdown. Plan rest with the client and her support people: sleep when the baby sleeps, shared night care, help with household tasks.',
'Lie down to rest whenever your baby sleeps during the day, even for twenty minutes.
Ask your partner or family to take over tasks such as cooking, cleaning or visitors.
Feed lying on your side at night if your consultant has shown you how.
Drink water and eat regular small meals.
Tell your consultant if you feel exhausted or low for more than a few days.',
'Every day', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(11, 'Latch assessment for pain', 'FEEDING_PRACTICE',
'Pain during feeds inhibits letdown; most nipple pain comes from a shallow latch or poor positioning. Assess a full feed (LATCH score), correct positioning, and look for tongue-tie or nipple damage; refer when needed.',
'Bring your baby to a consultation ready to feed, so we can watch a whole feed together.
Until then, try the positions we practised and look for a wide open mouth before latching.
Note in your log how painful each feed is, from 0 to 10.
Call the clinic if you see cracks, bleeding or white spots on your nipple, or if pain gets worse.',
'At the next consultation, then every feed', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(12, 'Review of medications with the prescriber', 'MEDICAL',
'Some medications (for example decongestants, some hormonal contraceptives, sedatives) can affect letdown or supply. Ask the client to review her medications with the prescriber; never advise stopping a medication yourself.',
'Make a list of every medicine, supplement and herbal product you take, with the doses.
Show the list to the doctor or pharmacist who prescribed them and say that you are breastfeeding.
Ask whether any of them can affect your milk or your letdown, and whether there is an alternative.
Do not stop any medicine without talking to your doctor first.',
'Once, at the next visit to the prescriber', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
(13, 'Referral to a physician for a medical condition', 'MEDICAL',
'Conditions such as thyroid disorders, retained placenta, diabetes or hormonal problems can affect letdown and supply. Refer the client to her physician with the findings (use the physician report) and follow up on the outcome.',
'Make an appointment with your doctor in the next few days.
Take the letter from your consultant to the appointment.
Tell your doctor how feeding is going and what you have noticed about your letdown.
Let your consultant know what the doctor says, so that your plan can be adjusted.',
'Once, within a week', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

INSERT INTO strategy_factor (strategy_id, factor, relevance) VALUES
(1, 'STRESS', 3), (1, 'ANXIETY', 3), (1, 'PAIN', 1),
(2, 'STRESS', 3), (2, 'ANXIETY', 2),
(3, 'PAIN', 3), (3, 'STRESS', 2),
(4, 'STRESS', 2), (4, 'DISTRACTIONS', 3), (4, 'ANXIETY', 1),
(5, 'DISTRACTIONS', 3),
(6, 'DISTRACTIONS', 2), (6, 'ANXIETY', 1),
(7, 'STRESS', 2), (7, 'ANXIETY', 2),
(8, 'OTHER', 2), (8, 'STRESS', 1),
(9, 'OTHER', 2), (9, 'FATIGUE', 1),
(10, 'FATIGUE', 3), (10, 'STRESS', 1),
(11, 'PAIN', 3),
(12, 'MEDICATION', 3),
(13, 'MEDICAL_CONDITION', 3);
