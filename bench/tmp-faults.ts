import 'reflect-metadata';
import { partnerFaults } from './partner-faults';
partnerFaults({}).then((r) => { console.log(JSON.stringify(r)); process.exit(0); }, (e) => { console.error(e); process.exit(1); });
